"""Rebuild sim/data/lexicon_da.tsv and lexicon_en.tsv: common words and their lemmas.

The phrase matcher and `brobygger check` use them to keep typo tolerance, stems and compounds
from turning one real word into another ("erfaring" is not "ernæring", "mest" is not "mester").
Run with the two libraries that hold the data (they are not dependencies of Brobygger):

    uv run --with wordfreq==3.1.1 --with simplemma==1.1.2 python scripts/build_lexicon.py

Word frequencies: wordfreq (Robyn Speer, data CC BY-SA 4.0); lemmas: simplemma (Adrien Barbaresi,
MIT). The files keep the most frequent words only, one `word<TAB>lemma` a line, most frequent first.
"""

from __future__ import annotations

from pathlib import Path

import simplemma
from wordfreq import top_n_list

OUT = Path(__file__).resolve().parent.parent / "sim" / "data"
SIZES = {"da": 20000, "en": 10000}


def main() -> None:
    for lang, size in SIZES.items():
        rows = []
        for word in top_n_list(lang, size):
            if not word.isalpha():
                continue
            rows.append(f"{word}\t{simplemma.lemmatize(word, lang=lang).lower()}")
        header = (f"# The {len(rows)} most frequent {lang} words (wordfreq 3.1.1, CC BY-SA 4.0) "
                  "with their lemma (simplemma 1.1.2). Rebuilt by scripts/build_lexicon.py.\n")
        (OUT / f"lexicon_{lang}.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
        print(f"lexicon_{lang}.tsv: {len(rows)} words")


if __name__ == "__main__":
    main()
