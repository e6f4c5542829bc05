# language: fr
@france_identite
Fonctionnalité: Les usages possibles du compte France Identité
  Le tutoriel : « Exemples d'usages de France Identité, en rouge les potentiels services pouvant
  nécessiter un compte certifié », et « les premiers usages prévus sont la procuration 100%
  dématérialisée ». La FAQ de l'application donne la liste ; la procuration y est marquée, en mots et
  en rouge.

  @fait:FI-USAGES-EXEMPLES @fait:FI-USAGES-CERTIFIES
  Scénario: La FAQ liste les exemples d'usages et marque la procuration comme usage du compte certifié
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "Pixel 7"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Et je clique sur le lien "Un problème ou une question ? Consultez notre FAQ"
    Alors la FAQ liste les exemples d'usages, les usages du compte certifié marqués :
      | Faire une demande de procuration de vote                                  | oui |
      | Accéder au portail du justiciable                                         | non |
      | Accéder à son dossier médical partagé (DMP)                               | non |
      | Faire vérifier son identité auprès des notaires, dans le cadre d'une vente | non |
      | S'inscrire sur les listes électorales                                     | non |
      | Accéder à son espace abonné (ex : eau, transports,…)                      | non |
      | Gérer sa carte d'abonnement à la piscine, la bibliothèque…                | non |
      | Faire une demande d'aide sociale auprès de ma commune                     | non |
      | Faire une pré-demande en ligne de PACS                                    | non |
      | Accéder à un document administratif personnel                             | non |
      | Inscrire son enfant à la crèche                                           | non |
      | Sécuriser la carte multiservices des mairies                              | non |
      | Prendre part à une consultation citoyenne                                 | non |
      | Tout ce qui reste à inventer                                              | non |
