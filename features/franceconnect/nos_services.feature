# language: fr
@franceconnect
Fonctionnalité: La liste des services qui acceptent FranceConnect
  Le tutoriel dit que plus de 1000 services permettent la connexion avec FranceConnect et
  renvoie à la page « Nos services » du site de FranceConnect pour en connaître la liste.
  La liste se parcourt page par page et se filtre avec un champ de recherche.

  Contexte:
    Étant donné je me rends sur le site de FranceConnect
    Quand je clique sur le lien "Nos services"

  @ci @fait:FC-LISTE-NOS-SERVICES @fait:FC-SERVICES-1000 @fait:FC-SERVICES-PAGES
  Scénario: La liste offre plus de 1000 services, page par page
    Alors la liste des services en annonce plus de 1000
    Et la liste des services affiche la page 1
    Quand je clique sur le lien "Page suivante"
    Alors la liste des services affiche la page 2

  @fait:FC-SERVICES-RECHERCHE
  Plan du scénario: Une recherche trouve un service et mène à lui
    Quand je cherche le service "<recherche>"
    Alors la liste propose le service <service>
    Quand j'ouvre le service <service> depuis la liste
    Alors la page me propose de m'identifier avec FranceConnect

    Exemples:
      | recherche        | service          |
      | impots           | impots.gouv      |
      | Impôts           | impots.gouv      |
      | mesdroitssociaux | mesdroitssociaux |

  @erreurs @fait:FC-SERVICES-AUCUN-RESULTAT
  Scénario: Une recherche sans résultat le dit
    Quand je cherche le service "service introuvable"
    Alors la page affiche le message "Aucun service ne correspond à « service introuvable ». Vérifiez l'orthographe ou essayez un autre mot."
