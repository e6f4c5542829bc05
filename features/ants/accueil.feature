# language: fr
@ants
Fonctionnalité: La page d'accueil de l'ANTS mène à ses trois espaces
  Le tutoriel : « Le site de l'ANTS donne accès, sur sa page d'accueil, à 3 espaces : demandes de
  permis de conduire, pièces d'identité, certificats d'immatriculation. » Chaque espace est un lien ;
  sa page présente ses démarches, qui demandent de se connecter depuis « Mon Compte ».

  @ci @fait:ANTS-ACCUEIL-3-ESPACES @fait:ANTS-ACCUEIL-LIENS @fait:ANTS-ESPACES-ROLES
  Plan du scénario: Le lien « <lien> » de la page d'accueil présente les démarches de <espace>
    Quand je me rends sur le site de ANTS
    Alors la page d'accueil de l'ANTS présente les espaces "Demandes de permis de conduire", "Pièces d'identité" et "Certificats d'immatriculation"
    Quand je clique sur le lien "<lien>"
    Alors la page "<lien>" s'affiche
    Et l'espace de l'ANTS présente les démarches <demarches>

    Exemples:
      | lien                           | espace                | demarches                                                                                                                 |
      | Demandes de permis de conduire | Mon espace Conducteur | "Faire une demande de permis de conduire", "Renouveler mon permis de conduire" et "Déclarer la perte de mon permis de conduire" |
      | Pièces d'identité              | Mon espace Identité   | "Faire une pré-demande de carte nationale d'identité" et "Faire une pré-demande de passeport"                              |
      | Certificats d'immatriculation  | Mon espace Véhicule   | "Changer l'adresse de mon certificat d'immatriculation" et "Immatriculer mon véhicule"                                     |

  @erreurs @fait:ANTS-ACCUEIL-LIENS @fait:FC-ANTS-MON-COMPTE
  Scénario: Sans être connecté, une démarche d'un espace renvoie à « Mon Compte »
    Quand je me rends sur le site de ANTS
    Et je clique sur le lien "Demandes de permis de conduire"
    Et je clique sur le lien "Faire une demande de permis de conduire"
    Alors la page affiche le message "Connectez-vous avec FranceConnect depuis « Mon Compte » pour faire vos démarches."
    Et je ne suis pas connecté à ANTS
