"""`python -m parcours init`: a team's repository made ready for Parcours' journeys."""
