# language: fr
@impots @franceconnect @ameli
Fonctionnalité: Déclarer ses revenus en ligne sur impots.gouv.fr, connecté avec FranceConnect
  Comme le tutoriel « Utiliser le site des impôts » l'enseigne, un usager se connecte à son espace
  particulier grâce à FranceConnect et à son compte de l'Assurance Maladie, accède à la déclaration
  en ligne, vérifie les informations déjà renseignées, puis suit les 5 étapes jusqu'à l'accusé de
  réception. La déclaration s'enregistre au fil des étapes et se corrige jusqu'à la date limite.

  Contexte:
    Étant donné un usager dont le foyer fiscal réside dans le département 69 et qui a un compte Ameli
    Et que nous sommes le 10 mai 2021 à 14 h 00

  @ci @tutoriel @fait:DECL-ESPACE-PARTICULIER @fait:DECL-FRANCECONNECT @fait:DECL-ORGANISME @fait:DECL-AMELI-IDENTIFIANTS @fait:DECL-CONTINUER @fait:DECL-ACCEDER @fait:DECL-LIRE-COMMENCER @fait:DECL-5-ETAPES @fait:DECL-RENSEIGNEMENTS @fait:DECL-REVENUS @fait:DECL-SIGNATURE @fait:DECL-ACCUSE @fait:DECL-PAPIER @fait:DECL-LIMITE-55-976 @fait:DECL-OUVERTURE
  Scénario: Déclarer ses revenus en 5 étapes et recevoir l'accusé de réception
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Et je clique sur le bouton "S'identifier avec FranceConnect"
    Et je clique sur le compte de l'organisme de mon choix, pour cet exemple : l'Assurance Maladie
    Et j'indique mon numéro de sécurité sociale à 13 chiffres
    Et j'indique mon code confidentiel
    Et je clique sur le bouton "Me connecter"
    Et je clique sur le bouton "Continuer sur votre espace particulier d'impots.gouv.fr"
    Alors impots.gouv m'accueille par mon nom
    Quand je clique sur le lien "Accéder à la déclaration en ligne"
    Alors les informations déjà renseignées sont celles de mon foyer fiscal
    Et la page affiche le message "Date limite de déclaration en ligne pour les départements n° 55 à 976 : mardi 8 juin 2021 à 23 h 59."
    Et la page affiche le message "Le dépôt des déclarations de revenus papier est possible jusqu'au jeudi 20 mai 2021."
    Quand je clique sur le bouton "Commencer"
    Alors l'étape 1 sur 5 « étapes préalables » s'affiche
    Quand je clique sur le bouton "Continuer"
    Alors l'étape 2 sur 5 « renseignements personnels » s'affiche
    Et mes renseignements personnels sont pré-remplis
    Quand je remplace "Adresse" par "12 rue des Lilas"
    Et je clique sur le bouton "Continuer"
    Alors l'étape 3 sur 5 « revenus et charges » s'affiche
    Et la case 1AJ est pré-remplie avec les salaires déclarés par mon employeur
    Quand je saisis "31 000" dans la case 1AJ
    Et je clique sur le bouton "Continuer"
    Alors l'étape 4 sur 5 « résumé et signature » s'affiche
    Et le résumé indique "12 rue des Lilas" pour "Adresse"
    Et le résumé indique "31 000 €" pour "Case 1AJ — Salaires du déclarant 1"
    Et le résumé indique "27 900 €" pour "Revenu fiscal de référence"
    Quand je clique sur le bouton "Signer"
    Alors l'étape 5 sur 5 « fin de déclaration » s'affiche
    Et l'accusé de réception s'affiche avec son numéro
    Et je reçois le courriel "impots.gouv.fr - Accusé de réception de votre déclaration de revenus 2021"
    Et ce courriel a en pièce jointe l'accusé de réception en PDF, avec son numéro

  @fait:DECL-ENREGISTREMENT @fait:DECL-5-ETAPES
  Scénario: Quitter la déclaration à l'étape 3 et la reprendre plus tard à l'étape 3
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je remplis ma déclaration jusqu'à l'étape « revenus et charges »
    Et je clique sur le lien "Retour à mon espace particulier"
    Et je me déconnecte
    Et je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Accéder à la déclaration en ligne"
    Alors l'étape 3 sur 5 « revenus et charges » s'affiche
    Et la page affiche le message "Votre déclaration a été enregistrée : reprenez-la là où vous l'aviez laissée."

  @erreurs @fait:DECL-REVENUS
  Scénario: Un montant avec des centimes est refusé avec un message clair
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je remplis ma déclaration jusqu'à l'étape « revenus et charges »
    Et je saisis "31 000,50" dans la case 1AJ
    Et je clique sur le bouton "Continuer"
    Alors le champ "Case 1AJ — Salaires du déclarant 1" signale l'erreur "Case 1AJ : saisissez un montant en euros, en chiffres, sans centimes (par exemple 23 500)."
    Et l'étape 3 sur 5 « revenus et charges » s'affiche

  @erreurs @fait:DECL-RENSEIGNEMENTS
  Scénario: Un code postal incomplet est refusé avec un message clair
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je remplis ma déclaration jusqu'à l'étape « renseignements personnels »
    Et je remplace "Code postal" par "6900"
    Et je clique sur le bouton "Continuer"
    Alors le champ "Code postal" signale l'erreur "Le code postal doit comporter 5 chiffres (par exemple 69003)."
    Et l'étape 2 sur 5 « renseignements personnels » s'affiche

  @fait:DECL-CORRECTION
  Scénario: Corriger sa déclaration signée avant la date limite
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je signe ma déclaration
    Et je clique sur le lien "Retour à mon espace particulier"
    Et je clique sur le lien "Accéder à la déclaration en ligne"
    Et je clique sur le bouton "Corriger ma déclaration en ligne"
    Alors l'étape 2 sur 5 « renseignements personnels » s'affiche
    Quand je clique sur le bouton "Continuer"
    Et je saisis "32 000" dans la case 1AJ
    Et je clique sur le bouton "Continuer"
    Et je clique sur le bouton "Signer"
    Alors l'accusé de réception s'affiche avec un nouveau numéro
