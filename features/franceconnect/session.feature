# language: fr
@franceconnect
Fonctionnalité: Une session FranceConnect : se connecter une fois, se déconnecter partout
  Une fois connecté avec FranceConnect, un autre service propose de continuer sans redemander le
  compte ; se déconnecter d'un service met fin aussi à la session FranceConnect.

  @ci @fait:FC-SESSION-UNIQUE
  Scénario: Un deuxième service ne redemande pas le compte
    Étant donné un usager qui a un compte msa.fr
    Quand je me connecte à mesdroitssociaux avec mon compte msa.fr
    Et je me rends sur le site de impots.gouv
    Et je choisis de m'identifier avec FranceConnect sur impots.gouv
    Alors FranceConnect me propose de continuer sur "votre espace particulier d'impots.gouv.fr" sans me demander de compte
    Quand je clique sur le bouton "Continuer sur votre espace particulier d'impots.gouv.fr"
    Alors impots.gouv m'accueille par mon nom
    Et je reçois le courriel "Notification de connexion au service votre espace particulier d'impots.gouv.fr grâce à FranceConnect"

  @cible @ci @ants @fait:FC-DECONNEXION
  Scénario: Se déconnecter du service met fin à la session FranceConnect
    Étant donné un usager qui a un compte Identité Numérique La Poste
    Quand je me connecte à ANTS avec mon compte Identité Numérique La Poste
    Et je clique sur le bouton "Se déconnecter"
    Alors la page affiche le message "Vous êtes déconnecté(e)"
    Et je ne suis pas connecté à ANTS
    Quand je me rends sur le site de mesdroitssociaux
    Et je choisis de m'identifier avec FranceConnect sur mesdroitssociaux
    Alors FranceConnect me demande de choisir un compte pour me connecter
