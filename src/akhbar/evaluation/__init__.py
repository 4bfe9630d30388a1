"""Scorers that compare pipeline results with hand-made gold annotations."""
