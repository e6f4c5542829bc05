# language: fr
@impots @franceconnect @ameli
Fonctionnalité: Le calendrier de la déclaration en ligne, selon le profil
  Le tutoriel 000 donne le calendrier 2021 (revenus 2020) ; le profil 2025 montre celui de 2025
  (revenus 2024), tel que la presse du 10 avril 2025 le publie (seeds/profils.toml) : départements
  01 à 19 et non-résidents au plus tard le jeudi 22 mai 2025 à 23 h 59.

  @tutoriel:000 @fait:DECL-LIMITE-01-19 @fait:PROFIL-IMPOTS-CALENDRIER-2025
  Plan du scénario: Au profil <profil>, un foyer du département 19 le <moment> : la déclaration en ligne est <issue>
    Étant donné les sites au profil "<profil>"
    Et un usager dont le foyer fiscal réside dans le département 19 et qui a un compte Ameli
    Et que nous sommes le <moment>
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Accéder à la déclaration en ligne"
    Alors la déclaration en ligne est <issue> (date limite : <limite>)

    Exemples:
      | profil   | moment                | issue    | limite                         |
      | tutoriel | 26 mai 2021 à 23 h 58 | acceptée | mercredi 26 mai 2021 à 23 h 59 |
      | 2025     | 22 mai 2025 à 23 h 58 | acceptée | jeudi 22 mai 2025 à 23 h 59    |
      | 2025     | 23 mai 2025 à 00 h 00 | refusée  | jeudi 22 mai 2025 à 23 h 59    |

  @tutoriel:000 @fait:DECL-OUVERTURE @fait:PROFIL-IMPOTS-CALENDRIER-2025
  Scénario: Au profil 2025, avant le jeudi 10 avril 2025, l'espace particulier dit quand la déclaration 2025 ouvrira
    Étant donné les sites au profil "2025"
    Et un usager dont le foyer fiscal réside dans le département 33 et qui a un compte Ameli
    Et que nous sommes le 9 avril 2025 à 23 h 59
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Alors la page affiche le message "Le service de déclaration en ligne des revenus 2024 ouvrira le jeudi 10 avril 2025."
