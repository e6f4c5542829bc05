# language: fr
Fonctionnalité: Le service exemple se connecte avec FranceConnect

  Scénario: Un usager se connecte au service exemple avec son compte Ameli
    Étant donné un usager qui a un compte Ameli
    Et j'ouvre mon service
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Alors FranceConnect me demande de choisir un compte pour me connecter
    Quand je choisis le compte "Ameli"
    Et je saisis les identifiants de mon compte Ameli
    Alors FranceConnect me propose de continuer sur "Service exemple"
    Quand je clique sur le bouton "Continuer sur Service exemple"
    Alors mon service me souhaite la bienvenue par mon nom
