{%- extends 'base.tpl' -%}

{%- block title -%}
Accès refusé
{%- endblock -%}

{%- block body -%}
<div class="panel-body">
Vous n'avez pas accès à l'outil de correction (formgrader).
<span id="error-{{ error_code }}"></span>
</div>
{%- endblock -%}