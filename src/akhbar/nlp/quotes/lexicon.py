"""The quotation lexicon as data: reporting verbs, participles, speech nouns, attribution phrases.

Every form is written as it is spelt (with hamza where it belongs); ``cues.py`` folds them to the
``Document.key`` alphabet (أإآٱ→ا ى→ي ة→ه) and adds the و/ف proclitics, so each listed spelling
also matches its unhamzated and prefixed variants.

Frames say which complements make a content clause after the verb (and its subject):
``that``  إن/أن/بأن/على أن/إلى أن/من أن/عن أن;  ``colon``  a colon or an opening quotation mark;
``on`` على + NP, ``to`` إلى + NP, ``about`` عن + NP, ``with`` ب + NP, ``from`` من + NP;
``np``    a bare object NP right after the subject (نفى الوزير حدوث…);
``own``   with an elided subject, a noun with a possessive pronoun is the object (وأبدى تشاؤمه،
          أكد رغبته، جدد دعوته); not أعلن, whose أعلن إسلامه/استقالته are acts, not statements;
``ask``   من + the addressee, then the request: أن, a ب- verbal noun or an NP
          (طلب X من Y أن/بـ/NP…);
``bare``  unmarked direct speech right after the subject (قال الوزير نحن…);
``clause`` the same, only when it opens with a negation or a pronoun (وأضاف المتحدث لا توجد…).
Verbs marked ``ambiguous`` have a common non-speech reading (نقل transport, طالب student, رأى saw,
تابع followed) and only count with a ``that``/``colon`` clause.
"""

from __future__ import annotations

from dataclasses import dataclass

SOUND_PERFECT = ("", "ت", "وا", "ا", "تا")
SOUND_IMPERFECT = ("ي{}", "ت{}", "ي{}ون", "ي{}ان", "ت{}ان", "سي{}", "ست{}")


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    perfect: tuple[str, ...]
    """Perfect 3rd-person forms; a single stem is inflected with ``SOUND_PERFECT``."""
    imperfect: tuple[str, ...]
    """Imperfect forms; a single stem (3ms without ي) is inflected with ``SOUND_IMPERFECT``;
    ``-`` means none."""
    frames: frozenset[str]
    ambiguous: bool = False


def _v(lemma: str, perfect: str, imperfect: str, frames: str, *, ambiguous: bool = False) -> Verb:
    """Compact entry: space-separated forms; one form means "inflect regularly"."""
    return Verb(
        lemma,
        tuple(perfect.split()),
        tuple(imperfect.split()),
        frozenset(frames.split()),
        ambiguous,
    )


VERBS: tuple[Verb, ...] = (
    _v(
        "قال",
        "قال قالت قالوا قالا قالتا",
        "يقول تقول يقولون يقولان تقولان سيقول ستقول",
        "that colon bare",
    ),
    _v("أضاف", "أضاف", "ضيف", "that colon clause"),
    _v(
        "أكد",
        "أكد",
        "يؤكد تؤكد يؤكدون يؤكدان تؤكدان سيؤكد ستؤكد يوكد توكد",
        "that colon on np own",
    ),
    _v("أعلن", "أعلن", "علن", "that colon np about"),
    _v("أشار", "أشار", "شير", "that to"),
    _v("ذكر", "ذكر", "ذكر", "that colon"),
    _v("دعا", "دعا دعت دعوا دعتا", "يدعو تدعو يدعون يدعوان تدعوان سيدعو", "that to"),
    _v("أوضح", "أوضح", "وضح", "that colon"),
    _v("نقل", "نقل", "نقل", "that", ambiguous=True),
    _v("اعتبر", "اعتبر", "عتبر", "that"),
    _v("كشف", "كشف", "كشف", "that about"),
    _v("طالب", "طالب", "طالب", "that with", ambiguous=True),
    _v("رحب", "رحب", "رحب", "that with"),
    _v("ثمن", "ثمن", "ثمن", "np with"),
    _v("أبرز", "أبرز", "برز", "that", ambiguous=True),
    _v("كتب", "كتب", "كتب", "that", ambiguous=True),
    _v("ندد", "ندد", "ندد", "that with"),
    _v("انتقد", "انتقد", "نتقد", "that np"),
    _v("أدان", "أدان أدانت أدانوا دان دانت دانوا", "يدين تدين يدينون", "that np"),
    _v("استنكر", "استنكر", "ستنكر", "that np"),
    _v("حذر", "حذر", "حذر", "that from colon"),
    _v("شدد", "شدد", "شدد", "that on colon"),
    _v("أعرب", "أعرب", "عرب", "about"),
    _v("أفاد", "أفاد", "فيد", "that about"),
    _v("تابع", "تابع", "تابع", "that colon", ambiguous=True),
    _v("صرح", "صرح", "صرح", "that colon"),
    _v("رأى", "رأى رأت رأوا رأيا رأتا", "يرى ترى يرون يريان تريان", "that", ambiguous=True),
    _v("نفى", "نفى نفت نفوا نفيا نفتا", "ينفي تنفي ينفون ينفيان تنفيان", "that np own"),
    _v("وصف", "وصف", "صف", "that with"),
    _v("اعترف", "اعترف", "عترف", "that with"),
    _v("أقر", "أقر أقرت أقروا أقرا", "يقر تقر يقرون", "that with"),
    _v("زعم", "زعم", "زعم", "that"),
    _v("ادعى", "ادعى ادعت ادعوا", "يدعي تدعي يدعون", "that"),
    _v("لفت", "لفت", "لفت", "that to"),
    _v("نوه", "نوه", "نوه", "that to with"),
    _v("نبه", "نبه", "نبه", "that to"),
    _v("بين", "بين", "بين", "that", ambiguous=True),
    _v("أردف", "أردف", "ردف", "that colon clause"),
    _v("استطرد", "استطرد", "ستطرد", "that colon clause"),
    # no imperfect: يبلغ/تبلغ is "amounts to" (تبلغ قيمتها…) in every use in the training text
    _v("أبلغ", "أبلغ", "-", "that"),
    _v("أخبر", "أخبر", "خبر", "that"),
    _v("روى", "روى روت رووا", "يروي تروي", "that"),
    _v("توقع", "توقع", "توقع", "that np"),
    _v("رجح", "رجح", "رجح", "that"),
    _v("استبعد", "استبعد", "ستبعد", "that np own"),
    _v("ناشد", "ناشد", "ناشد", "that with np"),
    _v("حث", "حث حثت حثوا", "يحث تحث يحثون", "that on"),
    _v("تعهد", "تعهد", "تعهد", "that with"),
    _v("وعد", "وعد", "عد", "that with", ambiguous=True),
    _v("هدد", "هدد", "هدد", "that with"),
    _v("اتهم", "اتهم", "تهم", "that with"),
    _v("جدد", "جدد", "جدد", "that np own"),
    _v("تساءل", "تساءل", "تساءل", "that colon"),
    _v("أجاب", "أجاب", "جيب", "that colon"),
    _v("رد", "رد ردت ردوا", "يرد ترد يردون", "that colon", ambiguous=True),
    _v("علق", "علق", "علق", "that colon", ambiguous=True),
    _v("أفصح", "أفصح", "فصح", "that about"),
    _v("أشاد", "أشاد", "شيد", "that with"),
    _v("أوصى", "أوصى أوصت أوصوا", "يوصي توصي يوصون", "that with"),
    _v("اقترح", "اقترح", "قترح", "that np"),
    _v("اعتقد", "اعتقد", "عتقد", "that"),
    _v("أصر", "أصر أصرت أصروا", "يصر تصر يصرون", "that on"),
    _v("تكهن", "تكهن", "تكهن", "that with"),
    _v("أظهر", "أظهر", "ظهر", "that", ambiguous=True),
    _v("نص", "نص نصت", "ينص تنص", "that on", ambiguous=True),
    _v("طلب", "طلب", "طلب", "that ask"),
    _v("أبدى", "أبدى أبدت أبدوا أبديا", "يبدي تبدي يبدون يبديان", "that np own"),
    _v("شرح", "شرح", "شرح", "that colon np"),
    _v("لاحظ", "لاحظ", "لاحظ", "that colon"),
    _v("نصح", "نصح", "نصح", "that with"),
    _v("بشر", "بشرت بشروا بشرهم بشرها", "بشر", "that with"),
    _v("بشر", "بشر بشرت", "-", "that with", ambiguous=True),
    _v("ألمح", "ألمح", "لمح", "that to"),
    _v("اشترط", "اشترط", "شترط", "that"),
    _v("أمل", "أملت أملوا", "يأمل تأمل يأملون يأملان", "that"),
    _v("كرر", "كرر", "يكرر يكررون", "that np own"),
    _v("برر", "برر", "-", "that np"),
    _v("أنكر", "أنكر", "نكر", "that np"),
    _v("أورد", "أورد", "ورد", "that"),
    _v("خلص", "خلص", "يخلص يخلصون", "that to"),
    _v("ختم", "ختم", "ختم", "that colon"),
    _v("أيد", "أيد أيدت أيدوا", "-", "that np"),
    _v("عبر", "عبر", "عبر", "about"),
    _v("شكر", "شكر", "شكر", "np"),
    _v("تمنى", "تمنى تمنت تمنوا", "يتمنى تتمنى يتمنون", "that np"),
    _v("توعد", "توعد", "توعد", "that with"),
    _v("علم", "علمت", "-", "that", ambiguous=True),
    _v("أشاع", "أشاع", "شيع", "that", ambiguous=True),
    _v("اشتكى", "اشتكى اشتكت اشتكوا اشتكيا", "يشتكي تشتكي يشتكون يشتكيان", "that"),
    _v("شكا", "شكا شكت شكوا", "يشكو تشكو يشكون يشكوان", "that"),
)

OBJECT_SUFFIX_VERBS: frozenset[str] = words("اتهم دعا ناشد حث أبلغ أخبر")
"""Verbs whose perfect also takes an object pronoun as a cue (واتهمه بالسعي…، دعاهم إلى…);
not ه after a final alif (دعاه is also the noun دعاة once ة is folded)."""
IMPERFECT_OBJECT_VERBS: frozenset[str] = words("وصف اعتبر قال")
"""Verbs whose imperfect and 3ms perfect also take an object pronoun as a cue (الذين تصفهم
الحكومة بالإرهابيين، يعتبره فيرغسون خليفة…، ووصفه بأنه…، "طبقا لما قاله X"); not the perfect
in ت (اعتبرته is also "I considered him")."""
ADDRESSEE_VERBS: frozenset[str] = words("دعا حث ناشد طالب")
"""Verbs whose addressee stands between the subject and the frame preposition (دعا الأسد في
تصريح لقناة الحكومة اللبنانية إلى…): the preposition may come further away."""
ANONYMITY_ASKS: frozenset[str] = words(
    "طلب طلبت طلبوا طالبا طالبة طالبين فضل فضلت فضلوا مفضلا مفضلة مفضلين رفض رفضت رفضوا "
    "رافضا رافضة رافضين"
)
ANONYMITY_TELLS: frozenset[str] = words("ذكر الكشف كشف نشر الإفصاح إعلان")
ANONYMITY_NAMES: frozenset[str] = words("اسمه اسمها هويته هويتها اسمهم هويتهم أسماءهم أسمائهم")
"""The source's request for anonymity, "طلب/طالبا/مفضلا/رافضا (عدم) ذكر/الكشف عن اسمه/هويته":
part of the subject's description, never a statement of its own (its طلب/ذكر/الكشف are no
cues) and no end of the search for the main verb's content."""
LEARNED: frozenset[str] = words("علم")
""""علمت X (من مصادرها) أن…" (X learned from its sources that…): a quote of the sources, or of
X when none is named (convention of held-out 10), only when X is a medium or another source
that can speak; "علمت أن" with no subject or a plain noun (I learned, the mother learned) is
no report."""
POSSESSED_SOURCES: frozenset[str] = words("بلاده بلادها حكومته حكومتها")
"""A possessed country or government standing alone before its verb is an organisation
speaker ("موضحا أن بلاده دعت جميع الأطراف إلى…")."""
INFORM_VERBS: frozenset[str] = words("أبلغ أخبر")
"""Verbs whose addressee follows the subject before the content (وابلغ الجانب الاسرائيلي
لبنان أن…، أبلغ الرئيس نظيره أن…): a second noun phrase there is the addressee."""
ADDRESSEE_GROUPS: frozenset[str] = words("جميع كافة كل السكان المواطنين المواطنون الأهالي")
"""Addressees of دعا/حث/ناشد/طالب, never their subject (دعت جميع الأطراف إلى…، وحث السكان
على…): a quantifier, or a definite group of people (an indefinite "سكان" is still an
anonymous source: قال سكان إن…)."""
RECIPIENT_HEADS: frozenset[str] = words(
    "وكالة صحيفة قناة مجلة شبكة إذاعة تلفزيون موقع وكالات صحف الصحفيين الصحافيين الصحفيون "
    "الصحافة المراسلين الإعلاميين"
)
"""Heads of a news medium or of the press as the addressee of a statement, after ل and right
after the verb, before its subject (وقال لوكالة فرانس برس مسؤول…، وقال للصحافيين المتحدث…)."""
OBJECT_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم")

PARTICIPLES: dict[str, str] = {
    "قائلا": "قال",
    "مضيفا": "أضاف",
    "مؤكدا": "أكد",
    "موكدا": "أكد",
    "مشيرا": "أشار",
    "موضحا": "أوضح",
    "معتبرا": "اعتبر",
    "مشددا": "شدد",
    "محذرا": "حذر",
    "منوها": "نوه",
    "لافتا": "لفت",
    "معربا": "أعرب",
    "داعيا": "دعا",
    "مطالبا": "طالب",
    "نافيا": "نفى",
    "متابعا": "تابع",
    "مستدركا": "استطرد",
    "معلنا": "أعلن",
    "كاشفا": "كشف",
    "مبينا": "بين",
    "مردفا": "أردف",
    "مذكرا": "ذكر",
    "مستبعدا": "استبعد",
    "مرجحا": "رجح",
    "متوقعا": "توقع",
    "منبها": "نبه",
    "معترفا": "اعترف",
    "واصفا": "وصف",
    "متسائلا": "تساءل",
    "متهما": "اتهم",
    "مشيدا": "أشاد",
    "شارحا": "شرح",
    "ملمحا": "ألمح",
    "مبديا": "أبدى",
    "متمنيا": "تمنى",
    "متوعدا": "توعد",
    "شاكرا": "شكر",
}
"""Accusative participles (حال) continuing the current speaker; feminine/plural forms are
generated in ``cues.py`` (مضيفة، مضيفين، مضيفتين)."""

ISSUED_BY: frozenset[str] = words("صادر صادرة الصادر الصادرة")
"""Words after which عن names the author inside the subject (بيان صادر عن مكتب X أن…), not
the content of an عن frame."""

PARTICIPLE_NOUNS: frozenset[str] = words("مضيفة مذكرة مذكرات مذكرتين متهمين متهمون")
"""Participle forms that are also common nouns (مضيفة "stewardess, hostess", مذكرة
"memorandum", متهمين "defendants"): they count only
with a complementiser, colon or quotation mark close after, like the ambiguous verbs."""

PARTICIPLE_FRAMES: dict[str, str] = {
    "أشار": "that to",
    "لفت": "that to",
    "نوه": "that to with",
    "نبه": "that to",
    "شدد": "that on colon",
    "أكد": "that on colon np",
    "أعرب": "about",
    "دعا": "that to",
    "طالب": "that with",
    "كشف": "that about",
    "حذر": "that from colon",
    "وصف": "that with",
    "نفى": "that np",
    "اعترف": "that with",
    "اتهم": "that with",
    "أشاد": "that with",
    "ألمح": "that to",
    "شرح": "that colon np",
    "اعتبر": "that colon np",
    "أبدى": "np own",
    "تمنى": "that np own",
    "توعد": "that with",
    "شكر": "np own",
}
"""Frames of a participle when they differ from ``that colon``."""

SPEECH_NOUNS: dict[str, str] = {
    "بالقول": "قال",
    "القول": "قال",
    "بقوله": "قال",
    "بقولها": "قال",
    "قوله": "قال",
    "قولها": "قال",
    "قولهم": "قال",
    "تصريحات": "صرح",
    "تصريح": "صرح",
    "إعلان": "أعلن",
    "بإبلاغه": "أبلغ",
    "بإبلاغها": "أبلغ",
    "بإبلاغهم": "أبلغ",
    "بدعوى": "ادعى",
}
"""Nouns introducing speech; they need a ``that``/``colon`` clause right after them (and the
optional speaker between): "اكتفى الوزير بالقول إن…", "نقلت عنه قوله إن…"."""

OWN_WORDS = words("قوله قولها قولهم تعبيره تعبيرها تعبيرهم")
"""A speech noun with the pronoun of the story's speaker after an attribution (… على حد
قوله، … بحسب قوله): the source is the elided speaker."""

ATTRIBUTIONS: dict[str, str] = {
    "حسب": "حسب",
    "بحسب": "حسب",
    "وفقا": "وفقا ل",
    "وفق": "وفقا ل",
    "طبقا": "وفقا ل",
    "نقلا عن": "نقلا عن",
    "على لسان": "على لسان",
    "على حد قول": "على حد قول",
    "على حد تعبير": "على حد قول",
    "على حد قوله": "على حد قول",
    "على حد قولها": "على حد قول",
    "على حد قولهم": "على حد قول",
    "على حد تعبيره": "على حد قول",
    "على حد تعبيرها": "على حد قول",
    "على حد تعبيرهم": "على حد قول",
    "جاء في": "جاء في",
    "جاءت في": "جاء في",
    "ورد في": "جاء في",
    "وردت في": "جاء في",
}
"""Attribution phrases: the source follows, the content is the rest of the sentence."""

COMPLEMENTISERS: tuple[str, ...] = ("إن", "أن", "بأن", "بإن", "فإن")
"""Bare complementisers; the pronoun-fused forms (أنه، إنهم…) are generated in ``cues.py``."""

PREPOSITION_FRAMES: dict[str, str] = {
    "على": "on",
    "إلى": "to",
    "الى": "to",
    "عن": "about",
    "من": "from",
}
"""Frame prepositions written as separate words; ``with`` is the ب- proclitic."""

EXPLETIVE_PRONOUNS: frozenset[str] = frozenset({"ه"})
"""Pronoun suffixes of أنه/إنه/بأنه dropped from the content (the gold convention: the 3ms
pronoun of reported speech is most often the dummy ضمير الشأن); other pronoun-fused
complementisers (أنهم، إنها، أننا) keep the word as the content's first word."""


def accusatives(singular: frozenset[str]) -> frozenset[str]:
    """Indefinite singular heads and their accusatives (سفير → سفيرا، دبلوماسي → دبلوماسيا):
    a subject after إن/أن/لكن takes the accusative ("لكن دبلوماسيا غربيا قال…")."""
    return singular | {w + "ا" for w in singular}


ANONYMOUS_HEADS: frozenset[str] = words(
    "مصادر مسؤولون مسؤولين مسئولون شهود دبلوماسيون دبلوماسيين مراقبون مراقبين محللون محللين "
    "خبراء مقربون مقربين سكان مواطنون مسؤولة مسؤولان مصدران مصادرها مصادره قادة القادة زعماء "
    "الزعماء ناشطون ناشطين نشطاء ناشطو"
) | accusatives(words("مصدر مسؤول مسئول شاهد دبلوماسي متحدث ناطق ناشط"))
"""Indefinite heads of unnamed sources (مصدر أمني، مصادر مطلعة، مسؤول أمريكي), with their
accusatives (مصدرا، مسؤولا)."""

GROUP_HEADS: frozenset[str] = words(
    "المتظاهرون المحتجون المعتصمون المحللون المسؤولون المسئولون المراقبون الناشطون "
    "المشاركون المحامون اللاجئون المندوبون المسلحون المعارضون المستوطنون المعارضة النواب "
    "الخبراء الوزراء الزعماء القادة الأطباء العلماء الباحثون المختصون"
)
"""Definite groups of people who can make a statement (وطالب المتظاهرون بـ…، ودعا النواب
إلى…): speaking subjects like a role or an organisation. Sound plurals only in the nominative
-ون (the -ين form after a verb is its object: "ودعا المتظاهرين إلى الهدوء"); never the
addressee groups (``ADDRESSEE_GROUPS``: السكان، المواطنون، الأهالي)."""

QUANTIFIER_HEADS: frozenset[str] = words(
    "عدد العديد الكثير كثير بعض معظم غالبية أغلبية أغلب جميع مجموعة عشرات مئات آلاف واحد"
)
"""Quantifiers that take their group after من ("وقال عدد من الخبراء"، "يرى الكثير من
المؤرخين"): the speaker is the whole phrase, and the group after من says what kind it is."""

ANONYMOUS_ADJECTIVES: frozenset[str] = words(
    "مطلع مطلعة مطلعون مطلعين رفيع رفيعة رفيعو كبير كبيرة كبار بارز بارزة مقرب مقربة مقربون "
    "مقربين عيان موثوق موثوقة متطابقة مختلفة متعددة عدة آخر أخرى آخرون آخرين مسؤول مسؤولة "
    "مسؤولون مسؤولين مطلعو سام سامون سامين روس عرب أجانب أكراد"
)
"""Adjectives after an anonymous head that are no nisba (مصادر مطلعة، مسؤول كبير، شهود عيان،
مصدر مقرب من…)."""
DOCUMENT_HEADS: frozenset[str] = words(
    "بيان البيان تقرير التقرير وثيقة الوثيقة رسالة الرسالة الدراسة دراسة البلاغ بلاغ "
    "المذكرة مذكرة البرقية الإعلان الصحيفة صحيفة المجلة مجلة الموقع موقع مشروع "
    "تقارير التقارير صحف الصحف نص "
    "وسائل الإذاعة إذاعة التلفزيون تلفزيون القناة قناة الصحافة ملخص رواية الرواية روايات"
)

STIPULATING_HEADS: frozenset[str] = words(
    "القرار قرار الاتفاق اتفاق الاتفاقية اتفاقية القانون قانون الدستور دستور المعاهدة معاهدة "
    "الميثاق ميثاق المرسوم مرسوم"
)
"""Texts that stipulate: document speakers ("القرار 1701 الذي يدعو إلى…"، "وينص القرار على…"),
but not the source of an attribution phrase ("حسب الدستور" is no quote)."""

ORGANISATION_HEADS: frozenset[str] = words(
    "الحكومة الوزارة وزارة الجيش الشرطة الحركة حركة الحزب حزب المنظمة منظمة الوكالة وكالة "
    "المجلس مجلس الشركة شركة الاتحاد اتحاد الجبهة جبهة الجماعة جماعة السلطات السلطة القيادة "
    "البرلمان الرئاسة الخارجية الداخلية اللجنة لجنة البنك بنك الأمم هيئة الهيئة المكتب "
    "الإدارة إدارة المحكمة محكمة الائتلاف القوات قوات الادعاء النيابة المقاومة الحكومات الجهاز "
    "حكومة المعهد معهد المركز مركز المؤسسة مؤسسة الصندوق صندوق البيت المرصد مرصد الدفاع "
    "المفوضية مفوضية البعثة بعثة الشبكة شبكة المجموعة مجموعة"
)

ROLE_HEADS: frozenset[str] = words(
    "وزيرة الوزير الوزيرة رئيسة الرئيس الرئيسة المتحدث المتحدثة الناطق الناطقة مديرة المدير "
    "السفير سفيرة الأمين القائد الزعيم النائب المستشار المحافظ الممثل المبعوث المندوب "
    "المساعد العضو الملك الأمير ولي المرشد العاهل المفوض المدعي القاضي الخبير المحلل "
    "المسؤول المسؤولة المصدر المصادر السناتور النائبة المرشح المرشحة رئيسي نائبة كبير أحد "
    "إحدى المبعوثة القيادي القيادية الشريك الشريكة شريكة المحللة الخبيرة الوالي النقيب "
    "نقيب الباحث الباحثة باحث كبيرة المدرب المدربة المحامي المحامية المنسق القاضي"
) | accusatives(
    words(
        "وزير رئيس متحدث ناطق مدير سفير أمين قائد زعيم نائب مستشار محافظ ممثل مبعوث مندوب "
        "مساعد عضو مفوض مدعي قاضي حاكم قيادي شريك محلل خبير مدرب محامي منسق"
    )
)
"""Heads of role descriptions (وزير الدفاع الروسي، المتحدث باسم الشرطة), with the accusatives
of the indefinite singular ones (رئيسا، سفيرا)."""

TITLES: frozenset[str] = words(
    "العميد الجنرال اللواء العقيد الفريق المشير الرائد النقيب السيد السيدة الشيخ الدكتور "
    "د. الأستاذ المهندس الحاج الإمام آية الله القس الأب البابا الأمير الملك سمو جلالة معالي "
    "سعادة فخامة سيادة"
)
"""Titles that precede a name (العميد حاتمي، الجنرال شويغو)."""

LEADING_PARTICLES: frozenset[str] = words(
    "و ف كما ثم وقد فقد قد ولقد لقد وكان فيما بينما حيث ولكن لكن إلا أيضا كذلك"
)
"""Words that may stand before a sentence's first verb (not part of any subject)."""

ADVERBIAL_STARTERS: frozenset[str] = words(
    "خلال في لدى عقب بعد أثناء إثر أمام قبل مساء صباح أمس اليوم يوم ليلة عبر داخل ضمن "
    "حين عندما وسط بمناسبة لوكالة للصحفيين للصحافيين لصحيفة لقناة لتلفزيون لإذاعة لموقع "
    "لرويترز للتلفزيون للإذاعة للصحافة لوسائل أيضا كذلك مجددا مؤخرا الأحد الاثنين الثلاثاء "
    "الأربعاء الخميس الجمعة السبت أول امس الماضي غداة ظهر منذ إلى الى عن على من له لها "
    "لهم لنا دون عند بصدد ب ردا تعليقا تعقيبا بشكل بصورة بطريقة بلهجة بنبرة بنبرته بلهجته دائما"
)
"""Words that end a post-verbal subject and start an adverbial or complement
(قال الوزير خلال الاجتماع إن…، قال الوزير للصحفيين إن…); the manner nouns (بشكل، بلهجة…)
open an adverbial, never a subject ("وأشار بلهجة ساخرة إلى أن…")."""

SUBJECT_ADJECTIVES: frozenset[str] = words(
    "العام العامة الأعلى العليا الأول الأولى السابق السابقة الأسبق الجديد الجديدة الحالي "
    "المتحدة الدائم الدائمة الخاص الخاصة المساعد المساعدة المقبل المنتخب المكلف المستقيل "
    "المقال المقالة الأكبر الكبير الكبيرة الثاني الثانية المنتهية المؤقت المؤقتة الأعظم "
    "المشترك المشتركة المنتدب السريع المسلحة المستقل المستقلة الموحد الموحدة المركزي "
    "المختص المختصة المعني المعنية"
)
"""Definite adjectives without a nisba ending that may follow a definite subject head
(الأمين العام); any other definite noun there is the verb's object (ونفى المتحدث الأنباء)."""

TIME_NOUNS: frozenset[str] = words(
    "الأسبوع العام الشهر اليوم الصباح المساء الأسبوعين الموسم الأيام الأسابيع الفترة الوقت"
)
"""Nouns after a demonstrative that make a time adverbial (قال هذا الأسبوع إن…)."""

THING_HEADS: frozenset[str] = words(
    "الموقف المواقف الأمر الوضع الحدث الرأي الاتجاه الشعور الانطباع النهج الخط"
)
"""Nouns that cannot speak before a relative cue (الموقف الأردني الذي يؤكد أن…): the clause
describes the thing, it reports no one."""

DECLARED: frozenset[str] = words(
    "حرب حالة حداد عفو استقلال هدنة إضراب تعبئة نفير جهاد حظر طوارئ عصيان عطلة"
    " رئيسا ملكا بطلا فائزا"
)
"""Objects of a performative أعلن (أعلن الحرب، أعلن العفو، أعلن حالة الطوارئ، أعلن الحداد)
and the accusative of a passive "أُعلن رئيسا" (was declared president): the declaration
brings the state about, it is an act, not a reported statement. Only the head after ال is
looked up (``strip_article``)."""

UNCOVERED: frozenset[str] = words("ملابسات غموض لغز")
"""Objects of كشف that are uncovered by an inquiry, not told (كشف ملابسات الحادث): the verb
reports an act of investigation, not a statement."""

FINDING_SUBJECTS: frozenset[str] = words("بيانات أرقام إحصاءات إحصائيات نتائج مؤشرات تحاليل فحوص")
"""Raw-data subjects of أظهر (أظهرت البيانات أن…، أظهرت الأرقام أن…). Convention: what figures
show is a finding with no author, so it is no quote; a study, report or survey that أظهر (or
ذكر) something is a document speaker (its authors report it: أظهرت دراسة أن… is a quote)."""

OBJECT_HEADS: frozenset[str] = words(
    "أهمية ضرورة موقف رغبة دعم تأييد رفض استعداد حرص التزام ثقة قلق ارتياح تمسك انتقاد "
    "إدانة ترحيب عزم"
)
"""Heads (without ال or a possessive pronoun) of the objects of statement verbs (أكد أهمية،
جدد الموقف، أبدى رغبته): found beyond a long adverbial or relative clause after the subject."""

FUNCTION_WORDS: frozenset[str] = words(
    "إن أن أنه إنه بأن الذي التي الذين اللذان اللتان هو هي هم و أو ثم لا لم لن ما قد "
    "كان كانت هذا هذه ذلك تلك"
)

STORY_AGENCIES: tuple[str, ...] = (
    "أ ف ب",
    "ا ف ب",
    "د ب أ",
    "رويترز",
    "أ ب",
    "يو بي آي",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "بترا",
    "سانا",
    "واع",
    "إرنا",
    "شينخوا",
    "الأناضول",
    "وفا",
)
"""Agency credits whose "CITY (AGENCY)" dateline starts a new story."""

CREDIT_WORDS: tuple[str, ...] = (*STORY_AGENCIES, "الفرنسية", "أرشيف", "وكالات", "الألمانية")
"""Words of a picture or agency credit inside a sentence ("(الفرنسية)", "- وكالات:"): the
text after it belongs to another item, so reported content ends there."""

NOUN_CONTEXT: frozenset[str] = words(
    "على في من عن إلى الى مع بعد قبل خلال عبر بناء حسب يمكن يجب ينبغي يصعب يستحيل "
    "دفع يدفع تدفع ندفع دفعت دفعوا سيدفع بنصف"
)
"""A verb form right after one of these is the homographic noun (بناء على طلب، من خلال طلب،
يمكن وصفها بأنها: a verbal noun after a modal; دفع ثمن: paid the price)."""

PREPOSITION_VERBS: dict[str, str] = {"عبر": "عن"}
"""Verbs spelt like a preposition (عبر "via, across"): a cue only when their own preposition
follows within ``guards.PREPOSITION_VERB_REACH`` tokens, before any other cue ("عبر الأمين
العام عن حزنه"; not "وأبدت سوريا عبر فيصل المقداد استعدادها…")."""

THING_VERBS: frozenset[str] = words("عبر هدد كشف أظهر")
"""Verbs that things do too ("الموسيقى الذي يعبر عن ذلك العصر"، "الهدايا … التي عبرت عن عمق
العلاقة"، "المخاطر التي تهدد الاقتصاد"، "أعمال الحفر التي كشفت عن آثار الملوك"، "الصور التي
أظهرت أن…"): after a relative pronoun the head must be able to speak."""

RESUMPTIVE_OBJECT_VERBS: frozenset[str] = words("شكر")
"""Verbs whose object is a person or an organisation: after a resumptive ("كلمة شكر فيها
اللجنة المنظمة على…") the phrase that follows is the object, even one that can speak."""

HONORIFIC_SUBJECTS: frozenset[str] = words(
    "جلالته جلالتها سموه سموها فخامته فخامتها معاليه معاليها سعادته سعادتها سيادته"
)
"""Honorifics with a pronoun that stand for a person as a subject ("وبين جلالته ان…")."""
