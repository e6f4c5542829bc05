# language: fr
@impots @erreurs
Fonctionnalité: Création de l'espace particulier impots.gouv.fr : chaque règle enfreinte est refusée
  Chaque règle que le tutoriel « Se créer un compte utilisable avec France Connect » énonce
  est appliquée par le site : le message du site s'affiche à côté du champ en cause,
  et rien n'est créé.

  @fait:IMPOTS-NUMERO-FISCAL-13 @fait:IMPOTS-ACCES-7 @fait:IMPOTS-RFR @fait:IMPOTS-IDENTIFIANTS-CONCORDANTS @fait:IMPOTS-RATTACHE-RFR-0
  Plan du scénario: Un identifiant erroné est refusé : <ecart>
    Étant donné un usager qui a son propre foyer fiscal
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Et je saisis mes 3 identifiants, mais avec <ecart>
    Et je clique sur le bouton "Continuer"
    Alors le champ "<champ>" signale l'erreur "<message>"
    Et aucun espace particulier n'est créé

    Exemples:
      | ecart                                        | champ                      | message                                                                                                                 |
      | un numéro fiscal de 12 chiffres              | Numéro fiscal              | Le numéro fiscal doit comporter 13 chiffres.                                                                            |
      | un numéro fiscal dont la clé est fausse      | Numéro fiscal              | Ce numéro fiscal n'est pas valide : vérifiez-le sur votre dernière déclaration.                                         |
      | un numéro fiscal inconnu de l'administration | Numéro fiscal              | Ce numéro fiscal ne correspond à aucun foyer fiscal connu de l'administration.                                          |
      | un numéro d'accès en ligne de 6 chiffres     | Numéro d'accès en ligne    | Le numéro d'accès en ligne doit comporter 7 chiffres.                                                                   |
      | un numéro d'accès en ligne erroné            | Numéro d'accès en ligne    | Le numéro d'accès en ligne ne correspond pas à ce numéro fiscal : il figure sur votre dernière déclaration de revenus. |
      | un revenu fiscal de référence erroné         | Montant du revenu fiscal de référence | Le revenu fiscal de référence ne correspond pas à ce numéro fiscal : il figure sur votre dernier avis d'impôt.         |
      | un revenu fiscal de référence de 0           | Montant du revenu fiscal de référence | Le revenu fiscal de référence ne correspond pas à ce numéro fiscal : il figure sur votre dernier avis d'impôt.         |

  @fait:IMPOTS-COURRIEL-2-FOIS @fait:FC-COMPTE-ADRESSE-VALIDE
  Plan du scénario: Une adresse électronique refusée : <ecart>
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai saisi mes 3 identifiants
    Quand je saisis mes informations avec mon numéro de téléphone portable
    Mais j'indique l'adresse électronique "<adresse>" confirmée par "<confirmation>"
    Et je clique sur le bouton "Continuer"
    Alors le champ "<champ>" signale l'erreur "<message>"
    Et aucun espace particulier n'est créé

    Exemples:
      | ecart                          | adresse                      | confirmation                 | champ                                  | message                                                            |
      | confirmation différente        | camille.martin@parcours.test | camile.martin@parcours.test  | Confirmation de l'adresse électronique | Les deux adresses électroniques ne sont pas identiques.           |
      | adresse sans arobase           | camille.martin.parcours.test | camille.martin.parcours.test | Adresse électronique                   | Saisissez une adresse électronique valide, par exemple nom@exemple.fr. |

  @fait:IMPOTS-MDP-12 @fait:IMPOTS-MDP-CHIFFRE-LETTRE @fait:IMPOTS-MDP-2-FOIS
  Plan du scénario: Un mot de passe qui enfreint la règle est refusé : <regle>
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai saisi mes 3 identifiants
    Quand je saisis mes informations avec mon numéro de téléphone portable
    Mais je choisis le mot de passe "<mot_de_passe>" confirmé par "<confirmation>"
    Et je clique sur le bouton "Continuer"
    Alors le champ "<champ>" signale l'erreur "<message>"
    Et aucun espace particulier n'est créé

    Exemples:
      | regle                   | mot_de_passe        | confirmation        | champ                        | message                                                |
      | 11 caractères seulement | Parcours-12         | Parcours-12         | Mot de passe                 | Le mot de passe doit comporter au moins 12 caractères. |
      | aucun chiffre           | ParcoursSansChiffre | ParcoursSansChiffre | Mot de passe                 | Le mot de passe doit contenir au moins 1 chiffre.      |
      | aucune lettre           | 2021-0408-1234      | 2021-0408-1234      | Mot de passe                 | Le mot de passe doit contenir au moins 1 lettre.       |
      | confirmation différente | Parcours-2021-a     | Parcours-2021-b     | Confirmation du mot de passe | Les deux mots de passe ne sont pas identiques.         |

  @fait:IMPOTS-MDP-12 @fait:IMPOTS-MDP-CHIFFRE-LETTRE
  Plan du scénario: Un mot de passe de 12 caractères avec 1 chiffre et 1 lettre est accepté : <mot_de_passe>
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai saisi mes 3 identifiants
    Quand je saisis mes informations avec mon numéro de téléphone portable
    Mais je choisis le mot de passe "<mot_de_passe>" confirmé par "<mot_de_passe>"
    Et je clique sur le bouton "Continuer"
    Alors la page "Vos options" s'affiche

    Exemples:
      | mot_de_passe |
      | Parcours-123 |
      | abcdefghijk1 |

  @telephone @fait:IMPOTS-CODE-SMS-6
  Scénario: Un code SMS erroné est refusé, puis le bon code est accepté
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai saisi mes 3 identifiants et mes informations avec mon numéro de téléphone portable
    Quand je clique sur le bouton "Continuer"
    Et je clique sur le bouton "Confirmer"
    Et je saisis un code différent de celui reçu par SMS
    Et je clique sur le bouton "Continuer"
    Alors le champ "Code reçu par SMS" signale l'erreur "Ce code ne correspond pas à celui envoyé par SMS."
    Et aucun espace particulier n'est créé
    Quand je saisis le code à 6 chiffres reçu par SMS
    Et je clique sur le bouton "Continuer"
    Alors impots.gouv me demande de consulter ma messagerie

  @fait:IMPOTS-LIEN-24H @fait:IMPOTS-NOUVEAU-LIEN @fait:IMPOTS-CONNEXION-ESPACE
  Scénario: Passé 24 heures, le lien d'activation a expiré ; un nouveau lien active l'espace
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai créé mon espace particulier sans l'activer encore
    Quand 25 heures se sont écoulées
    Alors je reçois le courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    Quand je clique sur le lien "Activer l'accès à mon espace particulier"
    Alors la page affiche le message "Ce lien d'activation a expiré : il n'est valable que 24 heures."
    Et je ne peux pas encore me connecter à mon espace particulier
    Quand je clique sur le bouton "Recevoir un nouveau lien d'activation"
    Alors impots.gouv me demande de consulter ma messagerie
    Et je reçois le courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    Quand je clique sur le lien "Activer l'accès à mon espace particulier"
    Alors mon espace particulier est activé

  @fait:IMPOTS-LIEN-24H
  Scénario: 23 heures après, le lien d'activation fonctionne encore
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai créé mon espace particulier sans l'activer encore
    Quand 23 heures se sont écoulées
    Alors je reçois le courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
    Quand je clique sur le lien "Activer l'accès à mon espace particulier"
    Alors mon espace particulier est activé

  @fait:IMPOTS-ESPACE-UNIQUE
  Scénario: Un espace particulier déjà créé ne peut pas l'être une seconde fois
    Étant donné un usager qui a son propre foyer fiscal
    Et j'ai créé et activé mon espace particulier
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Et je saisis mes 3 identifiants dans la rubrique "Connexion ou Création de votre espace"
    Et je clique sur le bouton "Continuer"
    Alors le champ "Numéro fiscal" signale l'erreur "Votre espace particulier existe déjà : connectez-vous avec votre numéro fiscal et votre mot de passe."
    Et je n'ai reçu qu'un seul courriel "impots.gouv.fr - Activation de l'accès à mon espace particulier"
