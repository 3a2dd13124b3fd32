{%- extends 'base.tpl' -%}

{%- block title -%}
Candidats
{%- endblock -%}

{%- block sidebar -%}
<li role="presentation"><a href="{{ base_url }}/formgrader/manage_assignments">Devoirs</a></li>
<li role="presentation"><a href="{{ base_url }}/formgrader/gradebook">Correction manuelle</a></li>
<li role="presentation" class="active"><a href="{{ base_url }}/formgrader/manage_students">Candidats</a></li>
{%- endblock -%}
