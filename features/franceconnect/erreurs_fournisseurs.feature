# language: fr
@franceconnect @erreurs
Fonctionnalité: Quand le fournisseur d'identité échoue, FranceConnect le dit et rien n'est ouvert
  Comme avec les fournisseurs fictifs de FranceConnect, c'est le compte utilisé qui déclenche la
  panne : la personne saisit ses identifiants comme d'habitude, l'échec se produit entre serveurs.
  FranceConnect affiche alors sa page d'erreur avec un code à communiquer, et le service reste fermé.

  @fait:FC-ERREURS-FOURNISSEUR
  Plan du scénario: Le compte <compte> <comportement>
    Étant donné un usager dont le compte <compte> "<comportement>"
    Et je me rends sur le site de <service>
    Quand je choisis de m'identifier avec FranceConnect sur <service>
    Et je choisis le compte "<compte>"
    Et je saisis les identifiants de mon compte <compte>
    Alors FranceConnect affiche le code d'erreur "<code>"
    Et la page affiche le message "<message>"
    Et je ne suis pas connecté à <service>
    Et je n'ai reçu aucun courriel

    Exemples:
      | compte                      | comportement                         | service          | code    | message                                                                    |
      | Yris                        | répond par une erreur serveur        | mesdroitssociaux | Y020001 | Le fournisseur d'identité a rencontré une erreur. Réessayez plus tard.     |
      | Ameli                       | répond par une erreur serveur        | ANTS             | Y020001 | Le fournisseur d'identité a rencontré une erreur. Réessayez plus tard.     |
      | msa.fr                      | ne répond pas à temps                | impots.gouv      | Y020002 | Le fournisseur d'identité ne répond pas. Réessayez plus tard.              |
      | Identité Numérique La Poste | ne transmet pas la date de naissance | mesdroitssociaux | Y020003 | L'identité transmise par le fournisseur d'identité est incomplète.         |
      | impots.gouv.fr              | ne transmet pas la date de naissance | ANTS             | Y020003 | L'identité transmise par le fournisseur d'identité est incomplète.         |

  @fait:FC-REVENIR-CHOIX
  Scénario: Revenir à FranceConnect depuis le fournisseur : la liste des comptes revient, rien n'est ouvert
    Étant donné un usager qui a un compte Yris
    Et je me rends sur le site de ANTS
    Quand je choisis de m'identifier avec FranceConnect sur ANTS
    Et je choisis le compte "Yris"
    Et je clique sur le bouton "Revenir à FranceConnect"
    Alors FranceConnect me demande de choisir un compte pour me connecter
    Et je ne suis pas connecté à ANTS
    Et je n'ai reçu aucun courriel

  @cible @fait:FC-REVENIR-CHOIX @fait:FC-LAPOSTE-FORMULAIRE
  Scénario: Revenir à FranceConnect depuis la confirmation de La Poste
    Étant donné un usager qui a un compte Identité Numérique La Poste
    Et je me rends sur le site de mesdroitssociaux
    Quand je choisis de m'identifier avec FranceConnect sur mesdroitssociaux
    Et je choisis le compte "Identité Numérique La Poste"
    Et j'indique mon adresse électronique et mon mot de passe
    Et je clique sur le bouton "Se connecter"
    Alors La Poste me demande le code secret de mon application
    Quand je clique sur le bouton "Revenir à FranceConnect"
    Alors FranceConnect me demande de choisir un compte pour me connecter
    Et je ne suis pas connecté à mesdroitssociaux
