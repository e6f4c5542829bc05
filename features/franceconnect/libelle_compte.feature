# language: fr
@franceconnect @ameli @mesdroitssociaux
Fonctionnalité: FranceConnect nomme le compte Ameli comme le tutoriel
  Le tutoriel : « choisissez le Compte avec lequel vous souhaitez vous connecter. Par exemple avec le
  Compte de l'Assurance Maladie (Compte Ameli). » Le bouton porte ces mots, visibles et lus tels quels
  par un lecteur d'écran ; les autres comptes gardent le nom de leur site.

  @ci @fait:FC-AMELI-LIBELLE-COMPTE @fait:FC-CHOIX-COMPTE
  Scénario: Se connecter en cliquant sur « Compte de l'Assurance Maladie (Compte Ameli) »
    Étant donné un usager qui a un compte Ameli
    Et je demande à me connecter à mesdroitssociaux avec FranceConnect
    Alors FranceConnect propose le compte "Compte de l'Assurance Maladie (Compte Ameli)"
    Et FranceConnect ne propose aucun bouton nommé "Ameli"
    Et FranceConnect propose le compte "impots.gouv.fr"
    Quand je clique sur le bouton "Compte de l'Assurance Maladie (Compte Ameli)"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Et je clique sur le bouton "Continuer sur mesdroitssociaux.gouv.fr"
    Alors mesdroitssociaux m'accueille par mon nom
