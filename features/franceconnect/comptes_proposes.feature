# language: fr
@franceconnect
Fonctionnalité: Les comptes que FranceConnect propose, selon la date
  Le tutoriel 000 (printemps 2021) : « Il existe 5 services permettant de créer un compte utilisable
  avec France Connect ». Le tutoriel 003 (fin 2023) connecte avec France Identité. La documentation
  partenaires de FranceConnect en liste six (profil 2025, seeds/profils.toml).

  @ci @fait:FC-FOURNISSEURS-5 @fait:PROFIL-FC-FOURNISSEURS-6
  Plan du scénario: Au profil <profil>, FranceConnect propose <nombre> comptes à un parcours du tutoriel 000
    Étant donné les sites au profil "<profil>"
    Et un usager qui a un compte Ameli
    Et je me rends sur le site de mesdroitssociaux
    Quand je choisis de m'identifier avec FranceConnect sur mesdroitssociaux
    Alors FranceConnect propose les comptes <comptes>

    Exemples:
      | profil   | nombre | comptes                                                                                 |
      | tutoriel | cinq   | "impots.gouv.fr", "Compte de l'Assurance Maladie (Compte Ameli)", "Identité Numérique La Poste", "Yris" et "msa.fr"                  |
      | 2025     | six    | "impots.gouv.fr", "Compte de l'Assurance Maladie (Compte Ameli)", "Identité Numérique La Poste", "Yris", "msa.fr" et "France Identité" |

  @ci @fait:FI-FCPLUS-CONNEXION
  Scénario: Un parcours du tutoriel 003 voit France Identité parmi les comptes de FranceConnect
    Étant donné un usager dont le compte France Identité est certifié
    Et je me rends sur le site de mesdroitssociaux
    Quand je choisis de m'identifier avec FranceConnect sur mesdroitssociaux
    Alors FranceConnect propose les comptes "impots.gouv.fr", "Compte de l'Assurance Maladie (Compte Ameli)", "Identité Numérique La Poste", "Yris", "msa.fr" et "France Identité"
