{%- extends 'base.tpl' -%}

{%- block title -%}
Erreur
{%- endblock -%}

{%- block body -%}
<div class="panel-body">
L'outil de correction a rencontré une erreur. Contactez la personne qui administre
le serveur du cours.
<span id="error-{{ error_code }}"></span>
</div>
{%- endblock -%}