# language: fr
@franceconnect @securite
Fonctionnalité: FranceConnect et les services refusent les demandes falsifiées
  Ce qu'un attaquant peut tenter avec les adresses, les codes et les jetons d'une connexion, et
  l'erreur que voit alors la personne ou le service (règles du protocole FranceConnect v2).

  @fait:FC-SECURITE-DEMANDE
  Plan du scénario: Un lien de connexion modifié (<parametre>) est refusé par FranceConnect
    Étant donné que je demande à me connecter à mesdroitssociaux avec FranceConnect
    Et un attaquant copie l'adresse de la page FranceConnect
    Quand j'ouvre un lien malveillant : cette adresse où "<parametre>" vaut "<valeur>"
    Alors FranceConnect affiche le code d'erreur "<code>"

    Exemples:
      | parametre    | valeur                                | code    |
      | client_id    | service-inconnu                       | Y030106 |
      | redirect_uri | http://attaquant.localhost:9/callback | Y030118 |
      | acr_values   | eidas3                                | Y030109 |

  @fait:FC-ACR-VALUES-OBLIGATOIRE
  Scénario: Une demande de connexion au niveau eidas1 mène au choix du compte
    Étant donné que je demande à me connecter à mesdroitssociaux avec FranceConnect
    Et un attaquant copie l'adresse de la page FranceConnect
    Quand j'ouvre un lien malveillant : cette adresse où "acr_values" vaut "eidas1"
    Alors FranceConnect me demande de choisir un compte pour me connecter

  @fait:FC-ACR-VALUES-OBLIGATOIRE
  Scénario: Une demande de connexion sans niveau de garantie (acr_values) est refusée par FranceConnect
    Étant donné que je demande à me connecter à mesdroitssociaux avec FranceConnect
    Et un attaquant copie l'adresse de la page FranceConnect
    Quand j'ouvre un lien malveillant : cette adresse sans le paramètre "acr_values"
    Alors FranceConnect affiche le code d'erreur "Y030109"
    Et la page affiche le message "Le service n'a pas indiqué le niveau de garantie demandé (acr_values) : la connexion est refusée."

  @fait:FC-SECURITE-STATE
  Scénario: Un retour vers le service avec un state altéré est refusé par le service
    Étant donné que je demande à me connecter à mesdroitssociaux avec FranceConnect
    Quand j'ouvre un lien de retour vers mesdroitssociaux dont le state a été altéré
    Alors mesdroitssociaux refuse la connexion avec le code d'erreur "invalid_state"
    Et je ne suis pas connecté à mesdroitssociaux

  @fait:FC-SECURITE-NONCE
  Scénario: Une demande de connexion rejouée (même nonce) est refusée par FranceConnect
    Étant donné un usager qui a un compte Ameli
    Et je demande à me connecter à mesdroitssociaux avec FranceConnect
    Et un attaquant copie l'adresse de la page FranceConnect
    Quand je choisis le compte "Ameli"
    Et je saisis les identifiants de mon compte Ameli
    Et je clique sur le bouton "Continuer sur mesdroitssociaux.gouv.fr"
    Alors mesdroitssociaux m'accueille par mon nom
    Quand j'ouvre à nouveau cette adresse
    Alors FranceConnect affiche le code d'erreur "Y030112"

  @fait:FC-SECURITE-CODE
  Scénario: Un code d'autorisation déjà utilisé est refusé
    Étant donné un usager qui a un compte Yris
    Et un attaquant qui observe les adresses visitées par mon navigateur
    Quand je me connecte à mesdroitssociaux avec mon compte Yris
    Et l'attaquant présente mon code d'autorisation à mesdroitssociaux dans sa propre connexion
    Alors mesdroitssociaux refuse la connexion de l'attaquant avec le code d'erreur "invalid_grant"
    Et l'attaquant n'est pas connecté à mesdroitssociaux

  @fait:FC-SECURITE-CODE
  Scénario: Un code d'autorisation de plus de 30 secondes est refusé
    Étant donné un usager qui a un compte msa.fr
    Et je demande à me connecter à ANTS avec FranceConnect
    Quand je choisis le compte "msa.fr"
    Et je saisis les identifiants de mon compte msa.fr
    Et le retour vers le service arrive 31 secondes après que je clique sur "Continuer sur ants.gouv.fr"
    Alors ANTS refuse la connexion avec le code d'erreur "invalid_grant"
    Et je ne suis pas connecté à ANTS

  @fait:FC-SECURITE-JETONS
  Plan du scénario: FranceConnect refuse le jeton d'un fournisseur d'identité qui <comportement>
    Étant donné un usager dont le compte <compte> "<comportement>"
    Et je demande à me connecter à mesdroitssociaux avec FranceConnect
    Quand je choisis le compte "<compte>"
    Et je saisis les identifiants de mon compte <compte>
    Alors FranceConnect affiche le code d'erreur "Y020005"
    Et la page affiche le message "Le jeton du fournisseur d'identité a été refusé."
    Et je ne suis pas connecté à mesdroitssociaux

    Exemples:
      | compte | comportement                               |
      | Ameli  | signe ses jetons avec une clé inconnue     |
      | Yris   | adresse ses jetons à un autre destinataire |
