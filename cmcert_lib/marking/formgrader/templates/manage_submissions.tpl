{%- extends 'base.tpl' -%}

{%- block head -%}
<script>
var assignment_id = "{{ assignment_id }}";
</script>

<script src="{{ base_url }}/cmcert-formgrader/static/js/manage_submissions.js"></script>
{%- endblock head -%}

{%- block title -%}
Copies rendues
{%- endblock -%}

{%- block sidebar -%}
<li role="presentation" class="active"><a href="{{ base_url }}/formgrader/manage_assignments">Devoirs</a></li>
<li role="presentation"><a href="{{ base_url }}/formgrader/gradebook">Correction manuelle</a></li>
<li role="presentation"><a href="{{ base_url }}/formgrader/manage_students">Candidats</a></li>
{%- endblock -%}

{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/manage_assignments">Devoirs</a></li>
  <li class="active">{{ assignment_id }}</li>
</ol>
{%- endblock -%}

{%- block messages -%}
<div class="panel-group" id="accordion" role="tablist" aria-multiselectable="true">
  <div class="panel panel-default">
    <div class="panel-heading" role="tab" id="headingOne">
      <h4 class="panel-title">
        <a class="collapsed" role="button" data-toggle="collapse" data-parent="#accordion" href="#collapseOne" aria-expanded="false" aria-controls="collapseOne">
          Mode d'emploi (cliquer pour déplier)
        </a>
      </h4>
    </div>
    <div id="collapseOne" class="panel-collapse collapse" role="tabpanel" aria-labelledby="headingOne">
      <div class="panel-body">
        <p>
          Les boutons de la colonne « Correction automatique » lancent la correction d'une copie avec nbgrader.
          Dans ce cours, corrigez plutôt toutes les copies en
          <a target="_blank" href="{{ base_url }}/terminals/1">ligne de commande</a>, avec exécution isolée :
        </p>
        <p>
        <pre>
cd "{{ course_dir }}"
cmcert grade "{{ assignment_id }}"</pre>
        </p>
      </div>
    </div>
  </div>
</div>
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th>Nom</th>
  <th class="text-center">Identifiant</th>
  <th class="text-center">Rendu le</th>
  <th class="text-center">État</th>
  <th class="text-center">Note</th>
  <th class="text-center no-sort">Correction automatique</th>
  <th class="text-center no-sort">Générer les retours</th>
  <th class="text-center no-sort">Publier les retours</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr>
  <td>Chargement, veuillez patienter…</td>
  <td></td>
  <td></td>
  <td></td>
  <td></td>
  <td></td>
  <td></td>
  <td></td>
</tr>
{%- endblock -%}
