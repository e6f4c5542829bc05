"""axe-core rules in French: what each asks for, and the RGAA 4.1 criterion it checks a part of.

Sources: the criteria of the RGAA 4.1 method (https://accessibilite.numerique.gouv.fr/methode/
criteres-et-tests/) and the rules of axe-core 4.12 (https://dequeuniversity.com/rules/axe/4.12/).
The correspondence is our reading of both, not an official table: a rule with no clear criterion
has none here (the report then shows axe's English help and no criterion).
"""

from __future__ import annotations

from dataclasses import dataclass

IMPACT_ORDER = ("critical", "serious", "moderate", "minor")
IMPACT_LABELS = {"critical": "critique", "serious": "grave", "moderate": "modérée", "minor": "mineure"}
BLOCKING = frozenset({"critical", "serious"})  # what fails an @accessibilite scenario


@dataclass(frozen=True)
class RuleInFrench:
    """An axe rule's help in French and the RGAA 4.1 criterion it maps to ("" when none does)."""

    help: str
    criterion: str = ""


RULES: dict[str, RuleInFrench] = {
    "area-alt": RuleInFrench("Chaque zone d'image réactive doit avoir une alternative textuelle", "1.1"),
    "aria-allowed-attr": RuleInFrench(
        "Les attributs ARIA doivent être permis pour le rôle de l'élément", "7.1"
    ),
    "aria-hidden-focus": RuleInFrench(
        "Un élément masqué par aria-hidden ne doit pas recevoir le focus", "10.8"
    ),
    "aria-input-field-name": RuleInFrench("Chaque champ ARIA doit avoir un nom accessible", "11.1"),
    "aria-required-attr": RuleInFrench("Les rôles ARIA doivent avoir leurs attributs obligatoires", "7.1"),
    "aria-required-children": RuleInFrench("Les rôles ARIA doivent contenir les enfants requis", "7.1"),
    "aria-required-parent": RuleInFrench("Les rôles ARIA doivent être dans le parent requis", "7.1"),
    "aria-roles": RuleInFrench("Les rôles ARIA doivent être des valeurs valides", "7.1"),
    "aria-valid-attr": RuleInFrench("Les attributs ARIA doivent avoir un nom valide", "7.1"),
    "aria-valid-attr-value": RuleInFrench("Les attributs ARIA doivent avoir une valeur valide", "7.1"),
    "autocomplete-valid": RuleInFrench("L'attribut autocomplete doit désigner la finalité du champ", "11.13"),
    "button-name": RuleInFrench("Chaque bouton doit avoir un intitulé", "11.9"),
    "bypass": RuleInFrench("La page doit permettre d'éviter les blocs répétés (lien d'évitement)", "12.7"),
    "color-contrast": RuleInFrench(
        "Le contraste entre le texte et son arrière-plan doit être suffisant", "3.2"
    ),
    "definition-list": RuleInFrench("Une liste de définitions ne doit contenir que des dt et dd", "9.3"),
    "dlitem": RuleInFrench("Les éléments dt et dd doivent être dans une liste de définitions", "9.3"),
    "document-title": RuleInFrench("Chaque page doit avoir un titre (élément title)", "8.5"),
    "duplicate-id-aria": RuleInFrench("Les id référencés par ARIA doivent être uniques", "8.2"),
    "empty-heading": RuleInFrench("Un titre ne doit pas être vide", "9.1"),
    "frame-title": RuleInFrench("Chaque cadre doit avoir un titre", "2.1"),
    "heading-order": RuleInFrench("Les niveaux de titre ne doivent monter que d'un à la fois", "9.1"),
    "html-has-lang": RuleInFrench("L'élément html doit indiquer la langue de la page", "8.3"),
    "html-lang-valid": RuleInFrench("La langue de la page doit être un code valide", "8.4"),
    "image-alt": RuleInFrench("Chaque image doit avoir une alternative textuelle", "1.1"),
    "input-image-alt": RuleInFrench("Chaque bouton image doit avoir une alternative textuelle", "1.1"),
    "label": RuleInFrench("Chaque champ de formulaire doit avoir une étiquette", "11.1"),
    "landmark-one-main": RuleInFrench("La page doit avoir une zone de contenu principal (main)", "12.6"),
    "link-in-text-block": RuleInFrench(
        "Un lien dans un texte doit se distinguer autrement que par la couleur", "10.6"
    ),
    "link-name": RuleInFrench("Chaque lien doit avoir un intitulé", "6.2"),
    "list": RuleInFrench("Une liste ne doit contenir que des éléments li", "9.3"),
    "listitem": RuleInFrench("Un élément li doit être dans une liste ul ou ol", "9.3"),
    "meta-refresh": RuleInFrench("La page ne doit pas se recharger d'elle-même sans contrôle", "13.1"),
    "meta-viewport": RuleInFrench("La page doit permettre l'agrandissement (zoom)", "10.4"),
    "nested-interactive": RuleInFrench("Un élément interactif ne doit pas en contenir un autre", "7.1"),
    "page-has-heading-one": RuleInFrench("La page doit avoir un titre de premier niveau (h1)", "9.1"),
    "region": RuleInFrench("Tout le contenu doit être dans une zone de la page (landmark)", "12.6"),
    "role-img-alt": RuleInFrench("Un élément de rôle img doit avoir une alternative textuelle", "1.1"),
    "scrollable-region-focusable": RuleInFrench("Une zone défilante doit être accessible au clavier", "7.3"),
    "select-name": RuleInFrench("Chaque liste déroulante doit avoir une étiquette", "11.1"),
    "svg-img-alt": RuleInFrench("Une image SVG de rôle img doit avoir une alternative textuelle", "1.1"),
    "tabindex": RuleInFrench("Un tabindex ne doit pas être supérieur à 0", "12.8"),
    "td-headers-attr": RuleInFrench("Les cellules doivent désigner des en-têtes du même tableau", "5.7"),
    "th-has-data-cells": RuleInFrench("Chaque en-tête de tableau doit porter sur des cellules", "5.7"),
    "valid-lang": RuleInFrench("Les changements de langue doivent être des codes valides", "8.7"),
}


def in_french(rule: str, english_help: str) -> RuleInFrench:
    """The rule's French help and criterion; axe's own help when we have no translation."""
    return RULES.get(rule, RuleInFrench(english_help))
