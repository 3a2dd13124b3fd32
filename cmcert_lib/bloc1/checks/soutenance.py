"""Notebook 08 (preparing the oral defence): its questions, judged as every bloc's oral is
(:mod:`cmcert_lib.checks.oral`) against Bloc 1's talk (:data:`cmcert_lib.bloc1.soutenance.TALK`)."""

from cmcert_lib.bloc1 import soutenance
from cmcert_lib.checks import oral

oral.register_questions("bloc1", soutenance.TALK)
