# language: fr
@franceconnect @ameli @mesdroitssociaux
Fonctionnalité: Un parcours volontairement en échec, pour tester le rapport
  Deux scénarios réussissent, deux échouent exprès (un bouton renommé, un message d'erreur
  qui a changé), un est mis de côté : le rapport doit montrer chacun comme il s'est passé.

  Contexte:
    Étant donné un usager qui a un compte Ameli
    Et je me rends sur le site de mesdroitssociaux

  @ci @fait:FC-MDS-BOUTON @fait:FC-CHOIX-COMPTE @fait:FC-AMELI-NIR-13 @fait:FC-AMELI-CODE @fait:FC-CONTINUER-SERVICE
  Scénario: Se connecter avec son compte Ameli
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Et je clique sur le bouton "Continuer sur mesdroitssociaux.gouv.fr"
    Alors mesdroitssociaux m'accueille par mon nom

  @erreurs @fait:FC-AMELI-ERREUR-CODE
  Scénario: Un code confidentiel erroné n'ouvre pas la session
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique un code confidentiel erroné
    Et je clique sur le bouton "Me connecter"
    Alors le fournisseur d'identité affiche l'erreur "Numéro de sécurité sociale ou code confidentiel incorrect."

  @ci @fait:FC-MDS-BOUTON
  Scénario: Le bouton de connexion a changé de nom
    Quand je clique sur le bouton "Se connecter avec FranceConnect"
    Et je choisis le compte "Ameli"

  @erreurs @fait:FC-AMELI-CODE
  Scénario: Le message d'erreur attendu n'apparaît pas
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et j'indique mon code confidentiel
    Alors le fournisseur d'identité affiche l'erreur "Ce message n'existe pas."

  @skip @fait:FC-REVENIR-CHOIX
  Scénario: Un scénario mis de côté
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
