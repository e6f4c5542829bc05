# language: fr
Fonctionnalité: Une page volontairement inaccessible, pour tester les vérifications d'accessibilité
  Une image sans alternative, un bouton sans intitulé et un champ sans étiquette : le scénario
  étiqueté accessibilite doit échouer, l'autre réussir en signalant les mêmes violations.

  @accessibilite
  Scénario: Une page inaccessible fait échouer un scénario @accessibilite
    Étant donné que j'ouvre la page inaccessible
    Alors la page affiche le titre "Bienvenue"

  Scénario: La même page, dans un scénario sans @accessibilite, est seulement signalée
    Étant donné que j'ouvre la page inaccessible
    Alors la page affiche le titre "Bienvenue"
