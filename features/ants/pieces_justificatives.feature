# language: fr
@ants
Fonctionnalité: Joindre ses pièces justificatives au format numérique
  Le tutoriel : « munissez-vous de quelques pièces justificatives au format numérique ». Le site
  reconnaît le type d'un fichier à son contenu, pas à son nom, refuse un fichier vide ou trop lourd
  en disant quoi faire, et affiche ce qu'il a reçu.

  Contexte:
    Étant donné un usager qui a un compte msa.fr
    Quand je me connecte à ANTS avec mon compte msa.fr
    Et je clique sur le raccourci "Renouveler mon permis de conduire" de "Mon espace Conducteur"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Continuer"

  @ci @fait:ANTS-FICHIERS-FORMATS @fait:ANTS-PIECES-NUMERIQUES
  Scénario: Un PDF, un JPEG et un PNG sont reçus, avec leur type lu dans leur contenu
    Quand je joins les pièces justificatives :
      | Pièce d'identité         | passeport.pdf        |
      | Permis de conduire       | permis-recto.png     |
      | Justificatif de domicile | facture-internet.jpg |
    Et je clique sur le bouton "Joindre les fichiers"
    Alors l'ANTS affiche les fichiers reçus :
      | Pièce d'identité         | passeport.pdf        | PDF  |
      | Permis de conduire       | permis-recto.png     | PNG  |
      | Justificatif de domicile | facture-internet.jpg | JPEG |
    Quand je clique sur le bouton "Continuer"
    Alors la page "Photo d'identité" s'affiche

  @erreurs @fait:ANTS-FICHIERS-FORMATS
  Plan du scénario: Un fichier <defaut> est refusé avec un message qui dit quoi faire
    Quand je joins comme "Justificatif de domicile" <fichier> "<nom>"
    Et je clique sur le bouton "Joindre les fichiers"
    Alors le champ "Justificatif de domicile" signale l'erreur "<message>"
    Et l'ANTS n'a reçu aucun fichier

    Exemples:
      | defaut                   | fichier                  | nom         | message                                                                                                   |
      | texte renommé en .pdf    | un fichier texte renommé | facture.pdf | Le fichier « facture.pdf » n'est pas un PDF, un JPEG ou un PNG : joignez le document numérisé dans l'un de ces formats. |
      | vide                     | un fichier vide          | facture.pdf | Le fichier « facture.pdf » est vide : numérisez de nouveau le document et joignez-le.                    |
      | de plus de 5 Mo          | un PDF de 6 Mo           | facture.pdf | Le fichier « facture.pdf » pèse 6,0 Mo : 5 Mo au plus. Numérisez-le en plus basse résolution.           |

  @erreurs @fait:ANTS-PIECES-NUMERIQUES
  Scénario: Continuer sans une pièce demandée n'est pas possible
    Quand je joins les pièces justificatives :
      | Pièce d'identité   | carte-identite.pdf |
      | Permis de conduire | permis.jpg         |
    Et je clique sur le bouton "Continuer"
    Alors le champ "Justificatif de domicile" signale l'erreur "Joignez votre justificatif de domicile."
    Et l'ANTS affiche les fichiers reçus :
      | Pièce d'identité   | carte-identite.pdf | PDF  |
      | Permis de conduire | permis.jpg         | JPEG |
