"""The examples of usages tutorial 003 lists, with those that need a certified account marked."""

from __future__ import annotations

# The tutorial prints in red « les potentiels services pouvant nécessiter un compte certifié »; its
# text keeps no colour, and it names one of them: the procuration (« Les premiers usages prévus sont
# la procuration 100% dématérialisée… »). Only that one is marked (seeds: FI-USAGES-CERTIFIES).
CERTIFIED = "Faire une demande de procuration de vote"
USAGES = (
    CERTIFIED,
    "Accéder au portail du justiciable",
    "Accéder à son dossier médical partagé (DMP)",
    "Faire vérifier son identité auprès des notaires, dans le cadre d'une vente",
    "S'inscrire sur les listes électorales",
    "Accéder à son espace abonné (ex : eau, transports,…)",
    "Gérer sa carte d'abonnement à la piscine, la bibliothèque…",
    "Faire une demande d'aide sociale auprès de ma commune",
    "Faire une pré-demande en ligne de PACS",
    "Accéder à un document administratif personnel",
    "Inscrire son enfant à la crèche",
    "Sécuriser la carte multiservices des mairies",
    "Prendre part à une consultation citoyenne",
    "Tout ce qui reste à inventer",
)
CERTIFIED_MARK = "compte certifié"  # the words beside a marked usage, read aloud as well as seen
