# language: fr
Fonctionnalité: Des parcours sans navigateur, pour tester le découpage en parts
  Des scénarios qui réussissent, un qui échoue, un mis de côté et un plan à trois exemples : sans
  navigateur, pour que le test du découpage (--shard) et de la fusion des rapports reste rapide.

  Contexte:
    Étant donné un compteur à 1

  Scénario: Ajouter un au compteur
    Quand j'ajoute 1 au compteur
    Alors le compteur vaut 2

  Scénario: Un compteur qui ne vaut pas ce qu'on attend
    Quand j'ajoute 1 au compteur
    Alors le compteur vaut 3

  @skip
  Scénario: Un calcul mis de côté
    Quand j'ajoute 5 au compteur

  Plan du scénario: Ajouter plusieurs fois
    Quand j'ajoute <ajout> au compteur
    Et j'ajoute <ajout> au compteur
    Alors le compteur vaut <total>

    Exemples:
      | ajout | total |
      | 1     | 3     |
      | 2     | 5     |
      | 0     | 1     |
