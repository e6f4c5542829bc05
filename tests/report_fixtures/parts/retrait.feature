# language: fr
Fonctionnalité: Retirer du compteur, une seconde fonctionnalité pour le découpage en parts

  Scénario: Retirer un du compteur
    Étant donné un compteur à 4
    Quand je retire 1 du compteur
    Alors le compteur vaut 3

  Scénario: Retirer jusqu'à zéro
    Étant donné un compteur à 2
    Quand je retire 2 du compteur
    Alors le compteur vaut 0
