# language: fr
@impots @franceconnect @ameli
Fonctionnalité: Le calendrier 2021 de la déclaration en ligne, selon le département de résidence
  Comme le tutoriel « Utiliser le site des impôts » le dit, le service ouvre le jeudi 8 avril 2021 et
  la déclaration en ligne se fait au plus tard à 23 h 59 (heure de Paris) : le 26 mai pour les
  départements 01 à 19 et les non-résidents, le 1er juin pour les départements 20 à 54, le 8 juin pour
  les départements 55 à 976. La Corse (2A, 2B) est placée au numéro 20. L'horloge des sites avance
  dans les mots du scénario, sans attendre.

  @fait:DECL-LIMITE-01-19 @fait:DECL-LIMITE-NON-RESIDENTS @fait:DECL-LIMITE-20-54 @fait:DECL-LIMITE-55-976 @fait:DECL-CORSE
  Plan du scénario: Foyer <residence>, le <moment> : la déclaration en ligne est <issue>
    Étant donné un usager dont le foyer fiscal réside <residence> et qui a un compte Ameli
    Et que nous sommes le <moment>
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Accéder à la déclaration en ligne"
    Alors la déclaration en ligne est <issue> (date limite : <limite>)

    Exemples:
      | residence                    | moment                   | issue    | limite                         |
      | dans le département 01       | 26 mai 2021 à 23 h 58    | acceptée | mercredi 26 mai 2021 à 23 h 59 |
      | dans le département 01       | 27 mai 2021 à 00 h 00    | refusée  | mercredi 26 mai 2021 à 23 h 59 |
      | dans le département 19       | 26 mai 2021 à 23 h 58    | acceptée | mercredi 26 mai 2021 à 23 h 59 |
      | dans le département 19       | 27 mai 2021 à 00 h 00    | refusée  | mercredi 26 mai 2021 à 23 h 59 |
      | à l'étranger (non-résident)  | 26 mai 2021 à 23 h 58    | acceptée | mercredi 26 mai 2021 à 23 h 59 |
      | à l'étranger (non-résident)  | 27 mai 2021 à 00 h 00    | refusée  | mercredi 26 mai 2021 à 23 h 59 |
      | dans le département 20       | 1er juin 2021 à 23 h 58  | acceptée | mardi 1er juin 2021 à 23 h 59  |
      | dans le département 20       | 2 juin 2021 à 00 h 00    | refusée  | mardi 1er juin 2021 à 23 h 59  |
      | dans le département 2A       | 1er juin 2021 à 23 h 58  | acceptée | mardi 1er juin 2021 à 23 h 59  |
      | dans le département 2A       | 2 juin 2021 à 00 h 00    | refusée  | mardi 1er juin 2021 à 23 h 59  |
      | dans le département 54       | 1er juin 2021 à 23 h 58  | acceptée | mardi 1er juin 2021 à 23 h 59  |
      | dans le département 54       | 2 juin 2021 à 00 h 00    | refusée  | mardi 1er juin 2021 à 23 h 59  |
      | dans le département 55       | 8 juin 2021 à 23 h 58    | acceptée | mardi 8 juin 2021 à 23 h 59    |
      | dans le département 55       | 9 juin 2021 à 00 h 00    | refusée  | mardi 8 juin 2021 à 23 h 59    |
      | dans le département 976      | 8 juin 2021 à 23 h 58    | acceptée | mardi 8 juin 2021 à 23 h 59    |
      | dans le département 976      | 9 juin 2021 à 00 h 00    | refusée  | mardi 8 juin 2021 à 23 h 59    |

  @fait:DECL-OUVERTURE
  Scénario: Avant le jeudi 8 avril 2021, l'espace particulier dit quand la déclaration ouvrira
    Étant donné un usager dont le foyer fiscal réside dans le département 33 et qui a un compte Ameli
    Et que nous sommes le 7 avril 2021 à 23 h 59
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Alors la page affiche le message "Le service de déclaration en ligne des revenus 2020 ouvrira le jeudi 8 avril 2021."
    Et le lien "Accéder à la déclaration en ligne" n'est pas proposé
    Quand 1 minute s'est écoulée
    Et je reviens sur mon espace particulier
    Alors le lien "Accéder à la déclaration en ligne" est proposé

  @erreurs @fait:DECL-LIMITE-01-19 @fait:DECL-SIGNATURE
  Scénario: Arrivé à la signature à 23 h 58 le jour limite, signer deux minutes plus tard est refusé
    Étant donné un usager dont le foyer fiscal réside dans le département 19 et qui a un compte Ameli
    Et que nous sommes le 26 mai 2021 à 23 h 58
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je remplis ma déclaration jusqu'à l'étape « résumé et signature »
    Et 2 minutes se sont écoulées
    Et je clique sur le bouton "Signer"
    Alors la page affiche le message "La date limite de déclaration en ligne est dépassée : pour le département 19, elle était fixée au mercredi 26 mai 2021 à 23 h 59. Contactez votre centre des impôts par la messagerie sécurisée."

  @fait:DECL-LIMITE-01-19 @fait:DECL-SIGNATURE
  Scénario: Signer à 23 h 58 le jour limite est accepté
    Étant donné un usager dont le foyer fiscal réside dans le département 19 et qui a un compte Ameli
    Et que nous sommes le 26 mai 2021 à 23 h 58
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je remplis ma déclaration jusqu'à l'étape « résumé et signature »
    Et je clique sur le bouton "Signer"
    Alors l'accusé de réception s'affiche avec son numéro

  @erreurs @fait:DECL-CORRECTION
  Scénario: Après la date limite, la déclaration signée ne peut plus être corrigée en ligne
    Étant donné un usager dont le foyer fiscal réside dans le département 19 et qui a un compte Ameli
    Et que nous sommes le 26 mai 2021 à 23 h 50
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je signe ma déclaration
    Et 10 minutes se sont écoulées
    Et je clique sur le lien "Retour à mon espace particulier"
    Et je clique sur le lien "Accéder à la déclaration en ligne"
    Alors le bouton "Corriger ma déclaration en ligne" n'est pas proposé
    Et la page affiche le message "La date limite de déclaration en ligne est dépassée : pour le département 19, elle était fixée au mercredi 26 mai 2021 à 23 h 59. Contactez votre centre des impôts par la messagerie sécurisée."
