"""Prompts and the sentinels shared by prompts, parsers and tests.

The default model is a 270M base model: it cannot follow chat instructions, but it continues a
pattern. So each prompt is a few-shot completion whose worked examples show the exact output
format, one short line. The examples are about made-up topics, never about any corpus.
"""

from __future__ import annotations

# What the model writes when the sentences do not answer; the parser matches it.
NOT_STATED = "not stated"

# The one phrase an abstaining answer uses (Answer.abstained is True with it).
NOT_FOUND_ANSWER = "The sources do not say."

# One call per source. The sentences are that source's best-matching sentences, numbered; the
# model answers in a few words and names the sentence it used. Code then checks the answer
# against that sentence (answer.py), so a wrong or invented answer is never shown.
SOURCE_ANSWER_PROMPT = """Answer the question using only the numbered sentences. Write a short answer, then the number of the sentence it comes from. If the sentences do not answer the question, write "not stated".

Sentences:
[1] The bridge opened to traffic in 1932 after six years of work.
[2] About 1,200 workers were employed on the project, and sixteen of them died.
Question: How many workers died building the bridge?
Answer: sixteen [2]

Sentences:
[1] The new library was paid for by a tax on shipping.
[2] The architect, Maria Olsen, had never designed a public building before.
Question: Who was the mayor when the library opened?
Answer: not stated

Sentences:
[1] The council blamed the flooding on the broken pumps at the harbour.
[2] The storm lasted three days.
Question: What caused the flooding?
Answer: the broken pumps at the harbour [1]

Sentences:
[1] Two engineers were fired after the inquiry.
[2] The inquiry was led by Judge Tomas Berg and reported in March 2004.
Question: When did the inquiry report?
Answer: March 2004 [2]

Sentences:
{sentences}
Question: {question}
Answer:"""

# The part every source-answer prompt shares: llama.cpp evaluates it once (llm.py).
SOURCE_ANSWER_PREFIX = SOURCE_ANSWER_PROMPT[: SOURCE_ANSWER_PROMPT.index("{sentences}")]

# Stop sequences: one answer line only.
ANSWER_STOP = ("\n", "Sentences:", "Question:")

# The evals' support judge (ALCE citation recall/precision) when a stronger backend than the
# embedded model is configured: does the quoted text support the claim? One word out.
ENTAILMENT_PROMPT = """Decide whether the passage supports the claim. Answer "yes" or "no".

Passage: The bridge opened to traffic in 1932 after six years of work.
Claim: The bridge opened in 1932.
Supported: yes

Passage: About 1,200 workers were employed on the project, and sixteen of them died.
Claim: Twenty workers died building the bridge.
Supported: no

Passage: {passage}
Claim: {claim}
Supported:"""
