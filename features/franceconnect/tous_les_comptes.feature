# language: fr
@franceconnect
Fonctionnalité: N'importe quel compte ouvre n'importe quel service avec FranceConnect
  Le tutoriel : cinq organismes donnent un compte utilisable avec FranceConnect (impots.gouv.fr,
  ameli.fr, l'Identité Numérique La Poste, Yris, msa.fr), et « la procédure fonctionne de la même
  manière quel que soit le compte que vous avez créé au départ et quel que soit le service sur
  lequel vous désirez vous connecter ».

  @cible @ci @fait:FC-IMPOTS-ESPACE-PARTICULIER @fait:FC-IMPOTS-CONTINUER @fait:FC-CHOIX-COMPTE @fait:FC-EXEMPLE-AMELI-IMPOTS
  Scénario: Utiliser le site des impôts avec son compte Ameli
    Étant donné un usager qui a un compte Ameli
    Et je me rends sur le site de impots.gouv
    Quand je clique sur le lien "Votre espace particulier"
    Et je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Et je clique sur le bouton "Continuer sur votre espace particulier d'impots.gouv.fr"
    Alors impots.gouv m'accueille par mon nom

  @cible @ci @ants @fait:FC-ANTS-MON-COMPTE @fait:FC-ANTS-TROIS-ESPACES @fait:FC-ANTS-CONTINUER
  Scénario: Utiliser le site de l'ANTS avec son compte impots.gouv.fr
    Étant donné un usager qui a un compte impots.gouv.fr
    Et je me rends sur le site de ANTS
    Quand je clique sur le lien "Mon Compte"
    Et je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "impots.gouv.fr"
    Et je saisis les identifiants de mon compte impots.gouv.fr
    Et je clique sur le bouton "Continuer sur ants.gouv.fr"
    Alors ANTS m'accueille par mon nom
    Et ANTS affiche les espaces "Mon espace Conducteur", "Mon espace Identité" et "Mon espace Véhicule"

  @ci @fait:FC-PRINCIPE-UN-COMPTE @fait:FC-FOURNISSEURS-5 @fait:FC-MEME-PROCEDURE @fait:FC-CHOIX-COMPTE @fait:FC-COURRIEL-CONNEXION @fait:FC-SERVICES-1000 @fait:FC-NIVEAU-EIDAS
  @fait:FC-IMPOTS-FORMULAIRE @fait:FC-AMELI-NIR-13 @fait:FC-AMELI-CODE @fait:FC-LAPOSTE-FORMULAIRE @fait:FC-YRIS-FORMULAIRE @fait:FC-MSA-FORMULAIRE
  Plan du scénario: Se connecter à <service> avec son compte <compte>
    Étant donné un usager qui a un compte <compte>
    Et je me rends sur le site de <service>
    Quand je choisis de m'identifier avec FranceConnect sur <service>
    Et je choisis le compte "<compte>"
    Et je saisis les identifiants de mon compte <compte>
    Et je clique sur le bouton "Continuer sur <nom du service>"
    Alors <service> m'accueille par mon nom
    Et je reçois le courriel "Notification de connexion au service <nom du service> grâce à FranceConnect"
    Et le courriel nomme le service <service> et le compte <compte>

    Exemples: avec un compte impots.gouv.fr
      | compte         | service          | nom du service                            |
      | impots.gouv.fr | mesdroitssociaux | mesdroitssociaux.gouv.fr                  |
      | impots.gouv.fr | impots.gouv      | votre espace particulier d'impots.gouv.fr |
      | impots.gouv.fr | ANTS             | ants.gouv.fr                              |

    Exemples: avec un compte Ameli
      | compte | service          | nom du service                            |
      | Ameli  | mesdroitssociaux | mesdroitssociaux.gouv.fr                  |
      | Ameli  | impots.gouv      | votre espace particulier d'impots.gouv.fr |
      | Ameli  | ANTS             | ants.gouv.fr                              |

    Exemples: avec un compte Identité Numérique La Poste
      | compte                      | service          | nom du service                            |
      | Identité Numérique La Poste | mesdroitssociaux | mesdroitssociaux.gouv.fr                  |
      | Identité Numérique La Poste | impots.gouv      | votre espace particulier d'impots.gouv.fr |
      | Identité Numérique La Poste | ANTS             | ants.gouv.fr                              |

    Exemples: avec un compte Yris
      | compte | service          | nom du service                            |
      | Yris   | mesdroitssociaux | mesdroitssociaux.gouv.fr                  |
      | Yris   | impots.gouv      | votre espace particulier d'impots.gouv.fr |
      | Yris   | ANTS             | ants.gouv.fr                              |

    Exemples: avec un compte msa.fr
      | compte | service          | nom du service                            |
      | msa.fr | mesdroitssociaux | mesdroitssociaux.gouv.fr                  |
      | msa.fr | impots.gouv      | votre espace particulier d'impots.gouv.fr |
      | msa.fr | ANTS             | ants.gouv.fr                              |
