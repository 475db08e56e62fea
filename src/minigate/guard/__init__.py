"""Guardrails: scanners on the prompt and the answer, the moderation endpoint, human review.

- ``protocol``: the Scanner Protocol and its typed Verdict;
- ``registry``, ``scanners/``: the scanner types a config may name;
- ``settings``: the ``guard:`` config section (policies, actions, review mode);
- ``engine``: running a chain of scanners with their actions;
- ``screening``, ``streaming``: scanning requests, answers and streamed answers;
- ``build``: the stage and what scanners use; ``stage``: the pipeline stage;
- ``review``: holding answers; ``moderation``: the endpoint.
"""
