"""Trigger words (hand-written lexicon): words that announce or head a name of a given type.

Written in ordinary spelling and without the article; matched on the folded, clitic-stripped
token (so الرئيس, والرئيس, للرئيس all hit رئيس).
"""

from __future__ import annotations

from akhbar.nlp.ner.fold import fold


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Titles and roles that precede a person's name.
PERSON_TITLES = _words("""
رئيس الرئيس وزير وزيرة نائب مساعد مستشار سفير قنصل ملك الملك أمير الأمير ولي شيخ الشيخ
سلطان السلطان إمام الإمام زعيم قائد القائد جنرال الجنرال عميد العميد عقيد العقيد لواء اللواء
فريق الفريق رائد الرائد ضابط مدير مديرة المدير أمين الأمين ناطق الناطق متحدث المتحدث
المتحدثة مبعوث المبعوث مندوب المندوب رئيسة السيد السيدة سيد سيدة الدكتور الدكتورة دكتور د
البروفيسور الأستاذ أستاذ المهندس المحامي القاضي قاضي النائب الحاخام البابا الكاردينال
المطران الأب آية حجة المرشد مرشد الرئيسة المستشار المستشارة الجنرال المشير الفيلسوف
الكاتب الكاتبة الشاعر الشاعرة الروائي الممثل الممثلة المخرج المغني المغنية اللاعب المدرب
الصحفي الصحافي المراسل الباحث الخبير العالم الفنان الفنانة المفوض المحقق النجم البطل
الحاكم حاكم محافظ المحافظ عمدة العمدة المنسق المدعي المرشح المرشحة
""")

# Words that head an organisation's name.
ORG_HEADS = _words("""
شركة مجموعة وكالة مجلس جامعة حزب منظمة حركة جبهة بنك مصرف اتحاد هيئة وزارة لجنة صندوق
محكمة جيش قوات مؤسسة معهد مركز نادي فريق صحيفة جريدة مجلة قناة إذاعة تلفزيون جمعية رابطة
تحالف منتدى برلمان مكتب دائرة إدارة سلطة جهاز مديرية كتيبة لواء فيلق أكاديمية كلية مستشفى
مصنع بورصة سوق نقابة غرفة منتخب مجمع تنظيم جماعة ائتلاف كونغرس الكونغرس الكنيست المجلس
الأمم الحكومة حكومة البنك المصرف الوكالة الشركة الجامعة الحزب المنظمة اللجنة
""")

# Words of football and other sports reports: where they are frequent, a city's name is
# usually its club (ANERcorp tags clubs ORG).
SPORT_WORDS = _words("""
مباراة مباريات المباراة الدوري دوري الشوط شوط هدف هدفا هدفين أهداف الأهداف ملعب لاعب لاعبي
لاعبين اللاعبين مدرب المدرب فريق الفريق منتخب المنتخب تعادل التعادل فوز الفوز بطولة البطولة
كأس نادي النادي ركلة جزاء حارس مرمى المرمى مهاجم المهاجم مدافع المدافع الدقيقة ضيفه مضيفه
التأهل الترتيب المونديال الكرة كرة القدم الموسم المجموعة نقاط نقطة
""")

# Nouns that name a work, product, venue or event whose title follows in quotation marks
# (برنامج « … », بعنوان « … », استاد " … ", السيارة « … »): the title is usually MISC.
TITLE_HEADS = _words("""
برنامج البرنامج برنامجا برنامجها برنامجه بعنوان عنوان فيلم مسلسل كتاب رواية مسرحية أغنية
ألبوم قصيدة ديوان معرض مهرجان استاد ملعب طراز سيارة السيارة مركبة موديل جائزة عملية
""")

# Words that announce a place name.
PLACE_HEADS = _words("""
مدينة بلدة قرية محافظة ولاية إقليم منطقة مقاطعة عاصمة العاصمة جزيرة جزر نهر بحر خليج جبل
جبال صحراء شبه قطاع الضفة ضاحية حي شارع ميناء مطار مخيم واحة بحيرة وادي سهل هضبة جمهورية
مملكة إمارة دولة بلاد شمال جنوب شرق غرب وسط
""")


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for word in words:
        f = fold(word)
        out.add(f[2:] if f.startswith("ال") and len(f) > 3 else f)
    return frozenset(out)


PERSON_TITLE_KEYS = _folded(PERSON_TITLES)
ORG_HEAD_KEYS = _folded(ORG_HEADS)
PLACE_HEAD_KEYS = _folded(PLACE_HEADS)
SPORT_KEYS = _folded(SPORT_WORDS)
TITLE_HEAD_KEYS = _folded(TITLE_HEADS)
