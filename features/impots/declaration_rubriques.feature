# language: fr
@impots @franceconnect @ameli
Fonctionnalité: Les autres services de l'espace particulier : documents, paiement, prélèvements, messagerie
  Comme le tutoriel le dit (« À SAVOIR »), depuis son espace particulier on télécharge et imprime ses
  déclarations et autres documents, on paie ses impôts en ligne, on gère ses prélèvements et on
  contacte son centre des impôts par la messagerie interne.

  Contexte:
    Étant donné un usager dont le foyer fiscal réside dans le département 59 et qui a un compte Ameli
    Et que nous sommes le 12 mai 2021 à 10 h 00

  @fait:DECL-DOCUMENTS
  Scénario: Télécharger son avis d'impôt, puis sa déclaration une fois signée
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Mes documents"
    Alors le lien "Déclaration des revenus 2020 (PDF)" n'est pas proposé
    Quand je télécharge le document "Avis d'impôt 2020 sur les revenus 2019 (PDF)"
    Alors le document téléchargé est un PDF qui mentionne mon nom et mon numéro fiscal
    Quand je clique sur le lien "Retour à mon espace particulier"
    Et je signe ma déclaration
    Et je clique sur le lien "Retour à mon espace particulier"
    Et je clique sur le lien "Mes documents"
    Et je télécharge le document "Déclaration des revenus 2020 (PDF)"
    Alors le document téléchargé est un PDF qui mentionne mon nom et mon numéro fiscal
    Et le document téléchargé mentionne "Revenu fiscal de référence"

  @fait:DECL-PAYER
  Scénario: Payer ses impôts en ligne : un IBAN invalide est refusé, le bon est accepté
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Payer mes impôts"
    Et je saisis un IBAN invalide dans le champ "IBAN du compte à débiter"
    Et je clique sur le bouton "Payer"
    Alors le champ "IBAN du compte à débiter" signale l'erreur "L'IBAN n'est pas valide : recopiez-le depuis votre relevé d'identité bancaire (RIB)."
    Quand je saisis mon IBAN dans le champ "IBAN du compte à débiter"
    Et je clique sur le bouton "Payer"
    Alors impots.gouv confirme "Votre paiement" sur le compte de mon IBAN

  @fait:DECL-PRELEVEMENTS
  Scénario: Gérer ses prélèvements : un IBAN invalide est refusé, le bon est accepté
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Gérer mes prélèvements"
    Et je saisis un IBAN invalide dans le champ "IBAN du compte à prélever"
    Et je clique sur le bouton "Adhérer"
    Alors le champ "IBAN du compte à prélever" signale l'erreur "L'IBAN n'est pas valide : recopiez-le depuis votre relevé d'identité bancaire (RIB)."
    Quand je saisis mon IBAN dans le champ "IBAN du compte à prélever"
    Et je clique sur le bouton "Adhérer"
    Alors impots.gouv confirme "Vous avez adhéré au prélèvement mensuel" sur le compte de mon IBAN

  @fait:DECL-MESSAGERIE
  Scénario: Écrire à son centre des impôts : la réponse arrive, non lue, et un courriel le signale
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Messagerie sécurisée"
    Et je clique sur le lien "Écrire à mon centre des impôts"
    Et j'écris "Changement de situation" : "Je me suis marié en 2020, dois-je faire une déclaration commune ?"
    Et je clique sur le bouton "Envoyer"
    Alors la page affiche le message "Votre message a été envoyé à votre centre des impôts."
    Et la messagerie sécurisée liste le message "Réponse : Changement de situation" comme "Non lu"
    Et je reçois le courriel "impots.gouv.fr - Vous avez reçu un nouveau message dans votre messagerie sécurisée"

  @erreurs @fait:DECL-MESSAGERIE
  Scénario: Un message sans texte n'est pas envoyé
    Quand je me connecte à impots.gouv avec mon compte Ameli
    Et je clique sur le lien "Messagerie sécurisée"
    Et je clique sur le lien "Écrire à mon centre des impôts"
    Et j'écris "Changement de situation" : ""
    Et je clique sur le bouton "Envoyer"
    Alors le champ "Message" signale l'erreur "Écrivez votre message avant de l'envoyer."
    Et je n'ai reçu aucun courriel "impots.gouv.fr - Vous avez reçu un nouveau message dans votre messagerie sécurisée"
