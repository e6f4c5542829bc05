# language: fr
@france_identite
Fonctionnalité: Le compte certifié ouvre FranceConnect+ et la procuration 100 % en ligne
  Le tutoriel : « Les premiers usages prévus sont la procuration 100% dématérialisée […] et l'accès à
  FranceConnect+ ». Le service de procuration demande à FranceConnect+ le niveau de garantie élevé
  (eidas3) ; seul un compte France Identité certifié en mairie l'atteint.

  @ci @fait:FI-USAGE-PROCURATION @fait:FI-USAGE-FRANCECONNECT-PLUS @fait:FI-DEMARCHES-A-DISTANCE @fait:FI-DEMARCHES-SENSIBLES @fait:FI-FCPLUS-CONNEXION @fait:FI-FCPLUS-EIDAS3 @fait:FI-PROCURATION-COURRIEL
  Scénario: Un compte certifié donne procuration en ligne, en passant par FranceConnect+
    Étant donné un usager dont le compte France Identité est certifié
    Et je demande à me connecter à Ma procuration avec FranceConnect+
    Quand je choisis le compte "France Identité"
    Et je saisis les identifiants de mon compte France Identité
    Et je clique sur le bouton "Continuer sur maprocuration.gouv.fr"
    Alors Ma procuration m'accueille par mon nom
    Et la page affiche le message "Niveau de garantie de votre identité : eidas3"
    Quand je clique sur le lien "Donner procuration"
    Et je donne procuration à Camille Martin, né(e) le 12/03/1980, "Pour un an"
    Alors la page affiche le message "Votre procuration est enregistrée"
    Et je reçois le courriel "Ma procuration - Votre procuration est enregistrée"
    Et ce courriel mentionne "Camille Martin votera pour vous (pour un an)"

  @fait:FI-USAGE-FRANCECONNECT-PLUS @fait:FI-FCPLUS-CONNEXION
  Scénario: Un compte France Identité certifié ouvre aussi un service FranceConnect (eidas1)
    Étant donné un usager dont le compte France Identité est certifié
    Quand je me connecte à mesdroitssociaux avec mon compte France Identité
    Alors mesdroitssociaux m'accueille par mon nom

  @erreurs @fait:FI-USAGE-FRANCECONNECT-PLUS @fait:FI-FCPLUS-CONNEXION
  Scénario: Un compte France Identité non certifié est refusé par FranceConnect+, qui dit pourquoi
    Étant donné un usager dont le compte France Identité n'est pas certifié
    Et je demande à me connecter à Ma procuration avec FranceConnect+
    Quand je choisis le compte "France Identité"
    Et je saisis les identifiants de mon compte France Identité
    Alors FranceConnect+ affiche le code d'erreur "Y000001"
    Et la page affiche le message "Votre compte France Identité n'est pas certifié : FranceConnect+ demande un compte certifié. Demandez la certification dans l'application France Identité, puis faites vérifier votre identité en mairie."
    Et je ne suis pas connecté à Ma procuration

  @erreurs @fait:FI-FCPLUS-AUTRE-FOURNISSEUR
  Scénario: Un compte impots.gouv.fr, qui fonctionne avec FranceConnect, est refusé par FranceConnect+
    Étant donné un usager qui a un compte impots.gouv.fr
    Et je demande à me connecter à Ma procuration avec FranceConnect+
    Quand je choisis le compte "impots.gouv.fr"
    Et je saisis les identifiants de mon compte impots.gouv.fr
    Alors FranceConnect+ affiche le code d'erreur "Y000001"
    Et la page affiche le message "Votre compte impots.gouv.fr ne permet pas d'atteindre le niveau de garantie demandé par ce service (eidas3). Connectez-vous avec un compte France Identité certifié."
    Et je ne suis pas connecté à Ma procuration

  @fait:FI-FCPLUS-AUTRE-FOURNISSEUR
  Scénario: Le même compte impots.gouv.fr ouvre un service FranceConnect
    Étant donné un usager qui a un compte impots.gouv.fr
    Quand je me connecte à mesdroitssociaux avec mon compte impots.gouv.fr
    Alors mesdroitssociaux m'accueille par mon nom

  @erreurs @securite @fait:FI-FCPLUS-EIDAS3
  Plan du scénario: Une demande à FranceConnect+ <ecart> est refusée avec son code
    Étant donné un usager dont le compte France Identité est certifié
    Et je demande à me connecter à Ma procuration avec FranceConnect+
    Et un attaquant copie l'adresse de la page FranceConnect+
    Quand j'ouvre un lien malveillant : <lien>
    Alors FranceConnect+ affiche le code d'erreur "Y030109"
    Et la page affiche le message "<message>"

    Exemples:
      | ecart                        | lien                                            | message                                                                                          |
      | sans niveau de garantie      | cette adresse sans le paramètre "acr_values"    | Le service n'a pas indiqué le niveau de garantie demandé (acr_values) : la connexion est refusée. |
      | au niveau eidas1             | cette adresse où "acr_values" vaut "eidas1"     | Le niveau de garantie demandé (acr_values) n'est pas autorisé : eidas2 ou eidas3 seulement.      |
