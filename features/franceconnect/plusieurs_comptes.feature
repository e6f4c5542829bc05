# language: fr
@franceconnect
Fonctionnalité: Plusieurs comptes, une seule identité
  Le tutoriel : « Rien ne vous empêche d'avoir plusieurs comptes. » Quel que soit le compte utilisé,
  FranceConnect transmet la même identité : le service reconnaît la même personne. Mais chaque
  service reçoit son propre identifiant, pour que deux services ne puissent pas relier leurs usagers.

  @fait:FC-PLUSIEURS-COMPTES @fait:FC-MEME-IDENTITE
  Scénario: Avec son compte Ameli puis son compte impots.gouv.fr, mesdroitssociaux reconnaît la même personne
    Étant donné un usager qui a deux comptes : Ameli et impots.gouv.fr
    Quand je me connecte à mesdroitssociaux avec mon compte Ameli
    Et je note mon identifiant FranceConnect
    Et je me déconnecte
    Et je me connecte à mesdroitssociaux avec mon compte impots.gouv.fr
    Alors mesdroitssociaux m'accueille par mon nom
    Et mon identifiant FranceConnect est celui que j'ai noté
    Et mesdroitssociaux indique que je me suis connecté 2 fois

  @cible @fait:FC-IDENTIFIANT-PAR-SERVICE
  Scénario: Deux services ne reçoivent pas le même identifiant de la même personne
    Étant donné un usager qui a deux comptes : Yris et msa.fr
    Quand je me connecte à mesdroitssociaux avec mon compte Yris
    Et je note mon identifiant FranceConnect
    Et je me déconnecte
    Et je me connecte à ANTS avec mon compte msa.fr
    Alors ANTS m'accueille par mon nom
    Et mon identifiant FranceConnect n'est pas celui que j'ai noté
