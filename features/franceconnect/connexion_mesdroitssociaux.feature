# language: fr
@franceconnect @ameli @mesdroitssociaux
Fonctionnalité: Se connecter à mesdroitssociaux avec FranceConnect et un compte Ameli
  Comme le tutoriel « Se connecter avec France Connect » l'enseigne,
  un usager qui a un compte Ameli se connecte au site Mes droits sociaux
  grâce à FranceConnect, puis reçoit un courriel qui l'avertit de cette connexion.

  Contexte:
    Étant donné un usager qui a un compte Ameli
    Et je me rends sur le site de mesdroitssociaux

  @ci @tutoriel @accessibilite @fait:FC-MDS-BOUTON @fait:FC-CHOIX-COMPTE @fait:FC-AMELI-NIR-13 @fait:FC-AMELI-CODE @fait:FC-CONTINUER-SERVICE @fait:FC-COURRIEL-CONNEXION
  Scénario: Se connecter avec son compte Ameli et recevoir le courriel de sécurité
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Et je clique sur le bouton "Continuer sur mesdroitssociaux.gouv.fr"
    Alors mesdroitssociaux m'accueille par mon nom
    Et je reçois le courriel "Notification de connexion au service mesdroitssociaux.gouv.fr grâce à FranceConnect"
    Et le courriel nomme le service mesdroitssociaux et le compte Ameli

  @erreurs @fait:FC-AMELI-ERREUR-CODE
  Scénario: Un code confidentiel erroné n'ouvre pas la session
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique un code confidentiel erroné
    Et je clique sur le bouton "Me connecter"
    Alors le fournisseur d'identité affiche l'erreur "Numéro de sécurité sociale ou code confidentiel incorrect."
    Et je n'ai reçu aucun courriel

  @erreurs @fait:FC-AMELI-NIR-13
  Scénario: Le numéro de sécurité sociale saisi avec sa clé est refusé
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale avec sa clé, soit 15 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Alors le fournisseur d'identité affiche l'erreur "Saisissez votre numéro de sécurité sociale sans la clé : 13 chiffres."
    Et je n'ai reçu aucun courriel

  @cible @erreurs @fait:FC-REVENIR-CHOIX @fait:FC-PLUSIEURS-COMPTES
  Scénario: Revenir en arrière pour choisir un autre compte
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et je clique sur le bouton "Revenir à FranceConnect"
    Alors FranceConnect me demande de choisir un compte pour me connecter
    Quand je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Alors FranceConnect me propose de continuer sur "mesdroitssociaux.gouv.fr"
