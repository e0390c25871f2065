"""Can the embedded model answer yes/no questions from a passage? (It cannot: ~50%.)

Half of WikiContradict's questions are yes/no. For every such question with two different
passages, each passage's two best-matching sentences (the pipeline's own ranking) go into a
few-shot yes/no prompt, and the model's answer is read three ways: greedy text, log P(yes) -
log P(no), and that difference calibrated against a content-free input (Zhao et al., 2021).
Prints the accuracy of each against the gold "Yes"/"No". About 15 minutes on 2 cores.

    .venv/bin/python scripts/probe_yes_no.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from llama_cpp import Llama

from qa.answer import SourceAnswerer
from qa.embed import build_embedder
from qa.llm import ensure_embedded_model
from qa.settings import Settings
from qa.types import Document, Passage

DATA = Path(__file__).resolve().parents[2] / "shared/benchmarks/wikicontradict"
PROMPT = """Read the sentences and answer the question with yes or no.

Sentences:
[1] The bridge opened to traffic in 1932 after six years of work.
Question: Did the bridge open before 1940?
Answer: yes

Sentences:
[1] The council said the flooding was not caused by the pumps, which worked normally.
Question: Was the flooding caused by the pumps?
Answer: no

Sentences:
[1] Maria Olsen designed the library, her first public building.
Question: Had Maria Olsen designed a public building before the library?
Answer: no

Sentences:
[1] The mine closed in 1988 and reopened two years later under new owners.
Question: Did the mine reopen?
Answer: yes

Sentences:
{sentences}
Question: {question}
Answer:"""


def main() -> None:
    """Run the probe and print the accuracies."""
    settings = Settings()
    ranker = SourceAnswerer(None, build_embedder(settings), settings)  # type: ignore[arg-type]
    llm = Llama(
        model_path=str(ensure_embedded_model(settings.model_path)),
        n_ctx=2048,
        verbose=False,
        logits_all=True,  # needed for logprobs
    )

    def margin(prompt: str) -> tuple[float, str]:
        out = llm.create_completion(prompt, max_tokens=1, temperature=0, logprobs=20)
        top = out["choices"][0]["logprobs"]["top_logprobs"][0]

        def best(word: str) -> float:
            return max([v for k, v in top.items() if k.strip().lower() == word] or [-30.0])

        return best("yes") - best("no"), out["choices"][0]["text"].strip().lower()

    content_free, _ = margin(PROMPT.format(sentences="[1] N/A", question="N/A"))
    rows = []
    with (DATA / "WikiContradict_dataset_v1_rag_qa.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["context1"].strip() == row["context2"].strip():
                continue
            for context, gold in (
                (row["context1"], row["answer1"]),
                (row["context2"], row["answer2"]),
            ):
                gold = gold.strip().lower().rstrip(".")
                if gold not in ("yes", "no"):
                    continue
                doc = Document("p", "p", context, "", "Passage")
                evidence = ranker.rank_sentences(
                    row["question"], doc, [Passage("p", "p#0", context, 0, len(context))]
                )
                shown = "\n".join(
                    f"[{i}] {' '.join(s.text.split())}"
                    for i, s in enumerate(evidence.sentences[:2], 1)
                )
                m, text = margin(PROMPT.format(sentences=shown, question=row["question"]))
                rows.append((gold == "yes", m, text))
    truth = np.array([r[0] for r in rows])
    print(f"{len(rows)} per-passage yes/no judgements; gold yes share {truth.mean():.1%}")
    print(f"greedy text      {np.mean([(r[2] == 'yes') == r[0] for r in rows]):.1%}")
    print(f"log-prob margin  {np.mean((np.array([r[1] for r in rows]) > 0) == truth):.1%}")
    calibrated = np.array([r[1] - content_free for r in rows]) > 0
    print(f"calibrated       {np.mean(calibrated == truth):.1%}")


if __name__ == "__main__":
    main()
