# language: fr
Fonctionnalité: Un scénario qui cite un fait absent de seeds/

  @fait:FC-FAIT-QUI-N-EXISTE-PAS
  Scénario: Citer un fait inconnu
    Étant donné un usager qui a un compte Ameli
