# language: fr
@impots
Fonctionnalité: Se créer un espace particulier impots.gouv.fr utilisable avec FranceConnect
  Comme le tutoriel « Se créer un compte utilisable avec France Connect » l'enseigne,
  un usager crée son espace particulier sur impots.gouv.fr avec ses 3 identifiants,
  choisit ses options, l'active par le lien bleu du courriel reçu,
  puis s'en sert pour se connecter à mesdroitssociaux grâce à FranceConnect.

  @ci @tutoriel @accessibilite @telephone @franceconnect @mesdroitssociaux @fait:IMPOTS-ACCES-RUBRIQUE @fait:IMPOTS-IDENTIFIANTS-3 @fait:IMPOTS-NUMERO-FISCAL-13 @fait:IMPOTS-ACCES-7 @fait:IMPOTS-RFR @fait:IMPOTS-IDENTIFIANTS-CONCORDANTS @fait:IMPOTS-CONTINUER @fait:IMPOTS-COURRIEL-2-FOIS @fait:IMPOTS-MDP-12 @fait:IMPOTS-MDP-CHIFFRE-LETTRE @fait:IMPOTS-MDP-2-FOIS @fait:IMPOTS-ZERO-PAPIER @fait:IMPOTS-CONFIRMER @fait:IMPOTS-CODE-SMS-6 @fait:IMPOTS-COURRIEL-ACTIVATION @fait:IMPOTS-LIEN-24H @fait:IMPOTS-CONNEXION-ESPACE @fait:IMPOTS-FOURNISSEUR-FC @fait:IMPOTS-CONNEXION-FRANCECONNECT @fait:FC-MEME-PROCEDURE
  Scénario: Créer son espace particulier, l'activer, puis se connecter à mesdroitssociaux avec FranceConnect
    Étant donné un usager qui a son propre foyer fiscal
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Et je saisis mes 3 identifiants dans la rubrique "Connexion ou Création de votre espace"
    Et je clique sur le bouton "Continuer"
    Et je saisis mes informations avec mon numéro de téléphone portable
    Et je clique sur le bouton "Continuer"
    Alors les options « zéro papier » sont pré-cochées
    Quand je clique sur le bouton "Continuer"
    Et je clique sur le bouton "Confirmer"
    Et je saisis le code à 6 chiffres reçu par SMS
    Et je clique sur le bouton "Continuer"
    Alors impots.gouv me demande de consulter ma messagerie
    Et je reçois le courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    Et ce courriel vient de "ne-pas-repondre@dgfip.finances.gouv.fr"
    Et ce courriel contient le lien bleu "Activer l'accès à mon espace particulier"
    Quand je clique sur le lien "Activer l'accès à mon espace particulier"
    Alors mon espace particulier est activé
    Quand je clique sur le lien "Accéder à mon espace particulier"
    Et j'indique mon numéro fiscal et le mot de passe de mon espace particulier
    Et je clique sur le bouton "Connexion"
    Alors impots.gouv m'accueille par mon nom
    Quand je me rends sur le site de mesdroitssociaux
    Et je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "impots.gouv.fr"
    Et j'indique mon numéro fiscal et le mot de passe de mon espace particulier
    Et je clique sur le bouton "Connexion"
    Et je clique sur le bouton "Continuer sur mesdroitssociaux.gouv.fr"
    Alors mesdroitssociaux m'accueille par mon nom
    Et je reçois le courriel "Notification de connexion au service mesdroitssociaux.gouv.fr grâce à FranceConnect"
    Et le courriel nomme le service mesdroitssociaux et le compte impots.gouv.fr

  @telephone @fait:IMPOTS-ZERO-PAPIER @fait:IMPOTS-PREFERENCES @fait:IMPOTS-CONFIRMER
  Scénario: Garder le papier pour un avis et être informé par SMS : mes choix sont enregistrés
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai saisi mes 3 identifiants et mes informations avec mon numéro de téléphone portable
    Alors les options « zéro papier » sont pré-cochées
    Quand je désactive l'option « zéro papier » "Avis d'impôt sur le revenu"
    Et je coche la préférence de communication "Par SMS"
    Et je clique sur le bouton "Continuer"
    Alors le récapitulatif indique :
      | Avis d'impôt sur le revenu     | Sur papier                        |
      | Avis d'impôts locaux           | En ligne uniquement (zéro papier) |
      | Actualité fiscale par courriel | Non                               |
      | Actualité fiscale par SMS      | Oui                               |
    Quand je clique sur le bouton "Confirmer"
    Et je saisis le code à 6 chiffres reçu par SMS
    Et je clique sur le bouton "Continuer"
    Alors je reçois le courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    Quand je clique sur le lien "Activer l'accès à mon espace particulier"
    Et je clique sur le lien "Accéder à mon espace particulier"
    Et j'indique mon numéro fiscal et le mot de passe de mon espace particulier
    Et je clique sur le bouton "Connexion"
    Alors impots.gouv m'accueille par mon nom
    Et le récapitulatif indique :
      | Avis d'impôt sur le revenu     | Sur papier                        |
      | Avis d'impôts locaux           | En ligne uniquement (zéro papier) |
      | Actualité fiscale par courriel | Non                               |
      | Actualité fiscale par SMS      | Oui                               |

  @telephone @fait:IMPOTS-PORTABLE-FACULTATIF @fait:IMPOTS-CODE-SMS-6 @fait:IMPOTS-PREFERENCES
  Scénario: Sans numéro de téléphone portable, pas de code par SMS
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai saisi mes 3 identifiants
    Quand je saisis mes informations sans numéro de téléphone portable
    Et je clique sur le bouton "Continuer"
    Alors la préférence de communication "Par SMS" n'est pas proposée
    Quand je clique sur le bouton "Continuer"
    Et je clique sur le bouton "Confirmer"
    Alors impots.gouv me demande de consulter ma messagerie
    Et je n'ai reçu aucun SMS
    Et je reçois le courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    Quand je clique sur le lien "Activer l'accès à mon espace particulier"
    Alors mon espace particulier est activé

  @fait:IMPOTS-RATTACHE-RFR-0
  Scénario: Rattaché au foyer fiscal de ses parents, on saisit 0 comme revenu fiscal de référence
    Étant donné un usager rattaché au foyer fiscal de ses parents
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Et je saisis mes 3 identifiants dans la rubrique "Connexion ou Création de votre espace"
    Alors le revenu fiscal de référence saisi est "0"
    Quand je clique sur le bouton "Continuer"
    Alors la page "Vos informations" s'affiche

  @erreurs @fait:IMPOTS-RATTACHE-RFR-0 @fait:IMPOTS-IDENTIFIANTS-CONCORDANTS
  Scénario: Rattaché au foyer fiscal de ses parents, le revenu fiscal de référence des parents est refusé
    Étant donné un usager rattaché au foyer fiscal de ses parents
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Et je saisis mes 3 identifiants avec le revenu fiscal de référence de mes parents
    Et je clique sur le bouton "Continuer"
    Alors le champ "Montant du revenu fiscal de référence" signale l'erreur "Le revenu fiscal de référence ne correspond pas à ce numéro fiscal : il figure sur votre dernier avis d'impôt."
    Et aucun espace particulier n'est créé

  @fait:IMPOTS-COUPLE-DEUX-NUMEROS
  Plan du scénario: Chacun des partenaires d'un couple <situation> crée son propre espace
    Étant donné un couple <situation>
    Quand le premier partenaire crée et active son espace particulier
    Et le second partenaire crée et active son espace particulier
    Alors le premier partenaire se connecte à son propre espace particulier
    Et le second partenaire se connecte à son propre espace particulier

    Exemples:
      | situation |
      | marié     |
      | pacsé     |
