# language: fr
Fonctionnalité: Un parcours instable, pour tester les relances (--reruns)
  Un scénario échoue au premier essai puis réussit, un autre échoue à chaque essai, un troisième
  réussit du premier coup : le rapport doit montrer le premier comme instable, jamais comme réussi.

  Scénario: Un parcours qui réussit au deuxième essai
    Étant donné un essai qui échoue la première fois

  Scénario: Un parcours qui échoue à chaque essai
    Étant donné un compteur à 1
    Alors le compteur vaut 2

  Scénario: Un parcours stable
    Étant donné un compteur à 1
    Alors le compteur vaut 1
