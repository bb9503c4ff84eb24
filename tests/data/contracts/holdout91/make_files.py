"""Builds the .docx and .pdf contracts of holdout91 from the sources kept in this file.
Markup: T: title, H: heading, P: paragraph, TB: table row (cells split by |).
The files are built by ../word_pdf.py (python-docx for .docx with real Word tables, reportlab with the
STSong-Light CID font for .pdf). PDF paragraphs are first broken into lines at word boundaries (wrap_words=True).
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H91Z01 = """
T:东临大学智慧教室建设项目（第二期）系统集成合同
P:合同编号：DLDX-ZB-2026-037
P:甲方（采购人）：东临大学
P:乙方（供应商）：苏州启课智能科技有限公司
P:根据东临大学智慧教室建设项目（第二期）公开招标的结果（项目编号：DLDX-2026-ZB-015），甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责甲方东湖、西山两个校区共120间教室的智慧教室改造，包括交互式智能黑板、常态化录播、跟踪摄像、音频扩声及集控中控设备的供货、安装、调试和系统集成，智慧教学管理平台软件的部署，与甲方教务系统及统一身份认证平台的对接开发，以及培训和质保期内服务。
P:1.2 教室清单及设备技术参数以招标文件第三章和乙方投标文件为准；乙方投标文件中优于招标要求的承诺，构成本合同的组成部分。
P:1.3 乙方应在合同签订后七十五日内完成全部教室的供货和安装，并须在暑期施工窗口内完工，不得影响秋季学期正常开课；合同签订后九十日内具备初步验收条件。
H:第二条 合同价格
P:2.1 本合同总价为人民币陆佰贰拾捌万元整（¥6,280,000.00），含税。合同总价为固定总价，已包括设备、软件、运输、保险、安装、系统集成、对接开发、培训、质保期内服务及全部税费，甲方不再另行支付任何费用。
P:2.2 价格明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|86英寸交互式智能黑板|120台|23,800|2,856,000
TB:2|常态化录播主机|120台|9,600|1,152,000
TB:3|教师/学生跟踪摄像机|240台|3,150|756,000
TB:4|吊麦及音频处理器|120套|2,400|288,000
TB:5|集控中控终端|120套|1,850|222,000
TB:6|智慧教学管理平台软件（集控、巡课、督导、资源模块）|1套|468,000|468,000
TB:|软硬件小计|||5,742,000
TB:7|安装调试及系统集成|1项|386,000|386,000
TB:8|教务系统及统一身份认证对接开发|1项|124,000|124,000
TB:9|培训（管理员及任课教师）|1项|28,000|28,000
TB:|合同总价|||6,280,000
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方向乙方支付合同总价的35%作为预付款，计人民币贰佰壹拾玖万捌仟元（¥2,198,000）。乙方应在收款前向甲方提交等额的银行预付款保函。
P:3.2 全部设备到货、安装完毕并经甲方签收后，甲方支付合同总价的35%，计人民币2,198,000元。到货签收和安装完毕仅确认数量及外观，不视为验收合格。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%，计人民币1,570,000元。
P:3.4 剩余合同总价的5%，计人民币314,000元，作为质量保证金，在质保期满且乙方无未履行的质保义务后，由甲方无息退还。
P:3.5 乙方每次收款前应开具等额合法发票。甲方按学校财务及国库集中支付的规定办理付款。
H:第四条 交付、安装与验收
P:4.1 乙方应按甲方确认的施工排期分批进场，每间教室施工完毕后清理现场，并恢复教室原有装修。施工期间乙方应遵守甲方校园安全管理规定。
P:4.2 全部教室安装调试完毕后，乙方向甲方提交初步验收申请。甲方组织逐间功能测试，标准为：智能黑板触控、书写和投屏功能正常；录播画面不低于1080P、每秒30帧，音画同步；跟踪镜头在讲台区和学生区准确跟随；扩声清晰、无啸叫；集控平台可对全部教室远程开关机、巡课和录制。
P:4.3 初步验收合格后进入三十日试运行。试运行期间平台不得发生一级故障，排课及师生信息与教务系统完全一致，统一身份认证登录正常，平台支持不少于200路教室画面并发巡课。
P:4.4 试运行期满且第4.2条、第4.3条标准全部达到后，甲方组织最终验收并签署验收报告。设备安装完毕、投入教学使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第五条 质量保证及质保期后维保
P:5.1 质保期为三年（三十六个月），自最终验收合格之日起计算。质保期内，乙方免费提供软硬件维修、更换、软件升级和巡检服务，并在每学期开学前对全部教室进行一次全面巡检。
P:5.2 质保期满后，甲方可委托乙方继续提供维保服务，年度维保费不超过软硬件小计的6%，即每年不超过人民币344,520元，质保期满后前两年费率不上调。维保合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 智慧教学管理平台（集控、巡课、督导模块）月可用率不低于99.5%，按每月平台可正常访问的时长除以当月总时长计算。计划内维护须安排在无课时段并提前三日通知甲方，计划内维护时长不计入不可用时长。
P:6.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|修复时限
TB:一级|平台整体不可用；一栋教学楼以上的教室无法上课；考试或公开课期间发生的故障|30分钟|2小时|8小时
TB:二级|单间教室主要设备故障；录播或巡课功能异常|1小时|当日|24小时
TB:三级|非核心功能异常、咨询类问题|8小时|按约定|5个工作日
P:6.3 服务抵扣：平台月可用率每低于承诺值0.1个百分点，扣减人民币2,000元；一级故障响应、到场或修复每超时一小时，扣减人民币800元；二级故障每超时一小时，扣减人民币300元。扣减款项从质量保证金中抵扣，不足部分由乙方另行支付。
H:第七条 知识产权
P:7.1 智慧教学管理平台软件的著作权归乙方所有。乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方各校区，不限教室数量。
P:7.2 乙方为本项目开发的教务系统及统一身份认证对接程序、定制报表和配置文件，其知识产权归甲方所有。乙方应交付源代码和技术文档，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全与数据归属
P:8.1 教学录播视频、课堂音视频、巡课记录、师生个人信息及平台产生的全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于任何其他目的，不得向任何第三方提供。
P:8.2 平台及录播存储部署于甲方校内数据中心。乙方远程运维须经甲方信息化办公室逐次审批，通过甲方堡垒机进行并全程记录。
P:8.3 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、账号权限最小化和日志审计等措施。发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方及相关师生的损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方网络架构、账号口令、考试安排及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除，持续至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方所供设备经验收不合格的，乙方应在十五日内免费更换，并承担由此产生的全部费用。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。经甲方同意分包的，乙方仍对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约的，包括但不限于设备质量不符合约定、逾期超过三十日、发生因乙方原因导致的重大数据安全事件，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方返还已收款项、赔偿损失。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 下列文件构成本合同的组成部分：招标文件、投标文件、中标通知书、教室清单、设备技术参数表及验收方案。
P:14.2 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东临大学        乙方（盖章）：苏州启课智能科技有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:日期：2026年5月____日        日期：2026年5月____日
"""

H91Z04 = """
T:东港区排水管网监测平台运维服务合同
P:项目名称：东港区排水管网监测平台2026—2028年度运维服务（政府采购）
P:项目编号：DGSW-2026-FW-009
P:甲方（采购人）：临川市东港区水务局
P:乙方（供应商）：苏州澄源智慧水务科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就东港区排水管网监测平台运维服务事宜订立本合同。
H:第一条 服务对象和服务内容
P:1.1 运维对象为甲方已建成的东港区排水管网监测平台及其前端设备，包括：平台软件及数据库；液位计186台、流量计64台、雨量计12台、井盖状态监测终端320个；23座排水泵站的运行数据接入。
P:1.2 服务内容包括：平台全天候运行保障；数据质量管理及异常数据核查；前端设备每月巡检一次、每半年校准一次，并进行清淤和防水处理；故障维修及备件更换；每年5月1日至9月30日汛期驻场值守；暴雨预警期间的监测数据分析支撑；月度运行报告及年度运维总结。
P:1.3 单件价格在人民币2,000元以下的备品备件由乙方承担；超过该价格的设备更换，由乙方报价并经甲方书面确认后另行结算。
P:1.4 乙方应组建不少于8人的运维团队，其中项目经理1名、平台运维工程师2名、设备维护工程师5名。项目经理应具有五年以上水务信息化项目经验。乙方更换项目经理或一半以上的运维人员的，须提前十日书面报甲方同意。
H:第二条 服务期限
P:2.1 服务期为两年，自2026年7月1日起至2028年6月30日止。服务期满本合同自行终止；甲方需要继续采购服务的，依法另行组织采购。
H:第三条 合同价格
P:3.1 本合同总价为人民币壹佰伍拾玖万元整（¥1,590,000.00），含税，为固定总价。
P:3.2 价格构成：（一）平台运维费每年人民币268,000元；（二）前端设备巡检维护费每年人民币412,000元；（三）汛期驻场值守费每年人民币96,000元；以上年度运维费合计每年人民币776,000元，两年共计人民币1,552,000元；（四）运维交接及基线评估费人民币38,000元，一次性支付。
H:第四条 付款方式
P:4.1 本合同不设预付款。
P:4.2 运维交接及基线评估费，在交接验收合格后十五个工作日内支付。
P:4.3 年度运维费按季度支付，每季度人民币194,000元，在甲方完成当季考核并确认考核结果后十五个工作日内支付；考核扣款从当季费用中扣除。
P:4.4 乙方每次收款前应开具等额合法发票，甲方通过国库集中支付方式付款。
H:第五条 运维交接和考核验收
P:5.1 乙方应在服务期开始后三十日内完成运维交接，包括设备台账逐台现场核查、平台账号及技术文档移交、数据备份核验，并提交基线评估报告。
P:5.2 交接验收标准：设备台账与现场逐台核对一致；平台全部功能模块可正常使用；备份数据可成功恢复；基线评估报告经甲方审查确认。符合标准后双方签署交接验收单。
P:5.3 甲方按本合同附件《运维考核细则》对乙方进行季度考核，考核内容包括平台可用率、故障处理时限、单台设备数据缺失时长、巡检和校准完成情况、报告质量。季度考核得分低于80分的，当季考核不合格。
P:5.4 乙方应于每月5日前提交上月运行报告，内容包括平台运行情况、设备运行情况、故障处理记录、巡检和校准记录、数据质量分析及改进建议；每年汛期结束后十五日内提交汛期运维总结。
P:5.5 甲方应为乙方提供必要的工作条件，包括平台及政务云的访问权限、泵站和窨井作业的协调、汛期驻场办公场所；甲方应在收到乙方报告后十个工作日内完成审核。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.95%。
P:6.2 单台设备每月累计数据缺失时长不超过12小时，因停电、道路施工等甲方认可的原因除外。
P:6.3 故障分级及处理时限：一级故障（平台整体中断、汛期报警功能失效或十台以上设备同时离线），乙方应在15分钟内响应，1小时内到达现场，6小时内恢复；二级故障（单台设备离线或数据异常），30分钟内响应，当日到达现场，24小时内修复；三级故障（其他一般问题），两个工作日内处理完毕。
P:6.4 暴雨橙色及以上预警期间，乙方驻场人员不少于3人，并安排应急车辆待命。
P:6.5 服务扣款：平台月可用率每低于承诺值0.01个百分点，扣减人民币1,000元；一级故障响应、到场或恢复每超时一小时，扣减人民币1,000元；二级故障每超时一小时，扣减人民币300元；单台设备数据缺失时长超标的，每台次扣减人民币200元。
H:第七条 数据安全和数据归属
P:7.1 监测数据、平台数据、设备台账和运维记录均属于甲方，属于公共数据。乙方仅可为履行本合同使用，不得用于其他目的，不得向任何第三方提供，不得擅自向境外传输。
P:7.2 平台部署于区政务云。乙方运维人员应使用实名账号通过政务云堡垒机登录，操作全程审计；乙方不得在个人设备或乙方自有系统中存储甲方数据。
P:7.3 乙方应落实网络安全等级保护制度和数据安全管理要求，定期进行漏洞扫描和补丁更新。发生数据泄露、篡改或设备被非法控制等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 排水管网布局、设备点位、监测数据及甲方的内部资料均属敏感信息。乙方及其人员对履约中知悉的上述信息负有保密义务，未经甲方书面同意不得以任何形式对外披露。保密义务在合同终止后继续有效。乙方应与参与本项目的人员签订保密承诺书。
H:第九条 知识产权
P:9.1 运维期间形成的运行报告、数据分析成果、脚本、配置文件、设备台账以及乙方优化后的报警阈值和模型参数，其知识产权归甲方所有。
P:9.2 乙方原有的运维工具软件，知识产权仍归乙方，甲方在服务期内可免费使用；服务期满后，乙方应协助甲方完成向新服务商的交接。
H:第十条 违约责任
P:10.1 乙方未按期完成运维交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
P:10.3 因乙方原因导致汛期报警未能及时发出并造成损失的，乙方应承担赔偿责任。
H:第十一条 分包
P:11.1 本项目不得分包，乙方不得将本合同项下的服务转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除合同。合同解除后，乙方应配合甲方完成交接，并移交全部数据和资料。
P:12.2 服务期满或合同解除时，乙方应在三十日内配合甲方或新服务商完成交接，移交设备台账、技术文档、账号口令及全部数据；交接期间乙方不得中断服务。
H:第十三条 法律适用和争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本项目磋商文件、乙方响应文件、成交通知书及《运维考核细则》为本合同的组成部分。
P:14.2 本合同一式五份，甲方执三份，乙方执一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市东港区水务局        乙方（盖章）：苏州澄源智慧水务科技有限公司
P:签约日期：2026年6月____日
"""

H91E01 = """
T:Software Licence and Support Contract – Lotivan Traceability Suite
P:Contract reference: LTV-CN-2026-014
P:BETWEEN: Lotivan SAS, a simplified joint-stock company with a share capital of EUR 120,000, registered with the Trade and Companies Register of Saint-Denis de La Réunion, whose registered office is at 14 rue de Paris, 97400 Saint-Denis, La Réunion, France, represented by its President, hereinafter "the Licensor",
P:AND: Hainan Xinglong Vanilla Plantation Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Xinglong, Wanning City, Hainan Province, represented by its General Manager, hereinafter "the Customer",
P:hereinafter referred to individually as a "Party" and together as "the Parties".
H:Preamble
P:The Customer grows, cures and exports vanilla from its own plantation and from some forty contract growers. It wishes to trace each lot of vanilla from hand pollination to the export carton. The Licensor publishes the Lotivan Traceability Suite, a crop-lot tracking software already used by vanilla producers in La Réunion and Madagascar. Following the Customer's consultation of January 2026 and the Licensor's proposal ref. PROP-2026-007, the Parties have agreed as follows.
H:Article 1 – Purpose of the Contract
P:1.1 The present Contract sets out the conditions under which the Licensor grants the Customer a licence to use the Software, configures it to the Customer's lot workflow, migrates the Customer's existing records, trains the Customer's staff and provides warranty and maintenance services.
P:1.2 The contractual documents are, in decreasing order of precedence: the present Contract; Annex 1 (Functional Specification agreed on 12 March 2026); Annex 2 (Acceptance Test Plan); the Licensor's proposal. The Licensor's general terms of sale do not apply.
H:Article 2 – Definitions
P:"Software" means the Lotivan Traceability Suite, version 5, in object code, including the field mobile application, and any corrections and new versions supplied under the Contract. "Specific Deliverables" means the configurations, lot workflow models, label and report templates, import scripts and interface programs produced for the Customer under the Contract. "Customer Data" means all data entered into or generated by the Software for the Customer, including data on plots, growers, pollination, harvest, blanching, sweating, drying, grading, stock and export lots. "Acceptance Report" means the report referred to in Article 6.4.
H:Article 3 – Licence
P:3.1 The Licensor grants the Customer a non-exclusive, non-transferable and perpetual licence to use the Software for its own business, at its sites in Hainan Province, for twenty-five (25) named users and forty (40) mobile devices. The Customer may make back-up copies.
P:3.2 The Software remains the property of the Licensor. The Customer shall not decompile it except within the limits permitted by applicable law for the purpose of interoperability.
P:3.3 The Customer may acquire additional users or devices at the unit prices of Article 4, which remain valid for three (3) years from signature.
H:Article 4 – Price
P:4.1 The total price of the Contract is CNY 876,000 (eight hundred and seventy-six thousand Chinese yuan), firm and not revisable, all taxes of the People's Republic of China included. At the Customer's request, prices are stated and paid in Chinese yuan. The breakdown is as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Perpetual site licence, Lotivan Traceability Suite v5, 25 named users|1|486,000|486,000
TB:Field mobile application licence (offline capture)|40 devices|2,850|114,000
TB:Licence subtotal|||600,000
TB:Configuration of the lot workflow and label templates (Annex 1)|1|212,000|212,000
TB:Migration of existing lot records from spreadsheets|1|38,000|38,000
TB:Training on site, Wanning (three days, two sessions)|1|26,000|26,000
TB:Total Contract Price|||876,000
P:4.2 Travel and accommodation of the Licensor's staff are included in the prices above.
H:Article 5 – Payment Terms
P:5.1 The price is payable as follows: twenty per cent (20 %) on signature of the Contract, i.e. CNY 175,200, against the Licensor's invoice; fifty-five per cent (55 %) on installation of the Software on the Customer's servers and completion of the migration, i.e. CNY 481,800; the balance of twenty-five per cent (25 %), i.e. CNY 219,000, after signature of the Acceptance Report.
P:5.2 Installation and migration do not constitute acceptance. Invoices are payable by bank transfer within thirty (30) days of receipt.
H:Article 6 – Delivery, Installation and Acceptance
P:6.1 The Licensor shall install the Software on the Customer's servers in Wanning and complete the configuration and migration within ninety (90) days of signature, so that the system can be used for the harvest season beginning in November 2026.
P:6.2 Acceptance testing ("recette") is carried out by the Customer with the Licensor's assistance according to Annex 2. The acceptance criteria are: (a) every function of Annex 1 works as specified; (b) five hundred (500) test lots are traced without error from pollination record to export carton, in both directions; (c) records captured offline on the mobile devices synchronise without loss or duplication after reconnection; (d) the migrated records reconcile with the source spreadsheets by grower, weight and grade; (e) export lot documents and labels print correctly; (f) no Severity 1 anomaly remains open.
P:6.3 If the tests are not conclusive, the Licensor shall correct the anomalies within fifteen (15) days and a new test session is held.
P:6.4 When all criteria are met, the Parties sign an Acceptance Report (procès-verbal de recette). Use of the Software in production before that date does not constitute acceptance.
H:Article 7 – Warranty
P:7.1 The Licensor warrants that the Software and the Specific Deliverables conform to Annex 1 for a period of twenty-four (24) months from the date of the Acceptance Report. During this period the Licensor corrects anomalies free of charge and supplies new versions of the Software at no additional cost.
P:7.2 The warranty does not cover anomalies caused by a modification of the Software by the Customer or by a third party not authorised by the Licensor.
H:Article 8 – Support and Maintenance
P:8.1 During the warranty period and any maintenance period, support is provided by telephone, e-mail and remote access from 8:00 to 20:00 (Hainan time), seven days a week, in English and in French, with a Mandarin-speaking correspondent.
P:8.2 Anomalies are classified and handled as follows:
TB:Severity|Description|Response time|Correction or workaround
TB:Severity 1|Software unavailable, or lots cannot be created or labelled during harvest or curing|2 hours|1 business day
TB:Severity 2|A major function is degraded, with a workaround available|8 hours|5 business days
TB:Severity 3|Minor anomaly or question|2 business days|next version
P:8.3 If the response time for a Severity 1 anomaly is not met, the Licensor owes the Customer a service credit of CNY 600 per hour of delay, deducted from the next invoice or paid on request.
P:8.4 After the warranty period, the Customer may subscribe to annual maintenance. The annual maintenance fee is CNY 78,000, i.e. thirteen per cent (13 %) of the licence subtotal, and can only be changed by a written amendment signed by both Parties. Maintenance is ordered for one year at a time by purchase order and does not renew automatically.
H:Article 9 – Intellectual Property
P:9.1 The Licensor retains all rights in the Software.
P:9.2 The Specific Deliverables are assigned to the Customer upon payment of the corresponding price, for all countries and for the duration of the rights. The Customer may freely use, reproduce, modify and adapt them, and may have them modified by a third party. The Licensor delivers their source files and documentation with the Acceptance Report.
H:Article 10 – Customer Data and Data Security
P:10.1 Customer Data remain the exclusive property of the Customer. The Licensor may process them only to perform the present Contract and on the Customer's instructions, and shall not use them for any other purpose, including statistics, benchmarking or product development.
P:10.2 The Software and the Customer Data are hosted on the Customer's servers in Wanning. The Licensor accesses them remotely only through the Customer's VPN, with the Customer's prior approval for each session, and shall not keep any copy of Customer Data outside the Customer's systems.
P:10.3 The Licensor implements appropriate technical and organisational measures to protect Customer Data against loss, alteration and unauthorised access, and complies with the Personal Information Protection Law of the People's Republic of China for the personal data of the contract growers. The Licensor notifies the Customer of any security incident affecting Customer Data within twenty-four (24) hours of becoming aware of it and cooperates in remedying it. The Licensor is liable for any damage resulting from a breach of this Article.
H:Article 11 – Confidentiality
P:11.1 Each Party shall keep confidential all information of the other Party that it receives in connection with the Contract, in particular yields, grower prices, customer lists and export volumes, and shall not disclose it to any third party without prior written consent. This obligation continues for five (5) years after the end of the Contract.
H:Article 12 – Late Delivery Penalties
P:12.1 If the Software is not installed and the configuration and migration completed within the period of Article 6.1 for a reason attributable to the Licensor, the Licensor owes, without formal notice, a penalty of one-thousandth (1/1000) of the total Contract Price per calendar day of delay. The total of the penalties is limited to ten per cent (10 %) of the total Contract Price.
H:Article 13 – Liability
P:13.1 Each Party is liable for the direct damage it causes to the other Party. The total liability of the Licensor under the Contract, all causes combined, shall not exceed one and a half times (150 %) the total Contract Price. This limit does not apply to bodily injury, gross negligence, wilful misconduct or a breach of Articles 10 and 11.
H:Article 14 – Subcontracting
P:14.1 The Licensor shall not subcontract all or part of its obligations without the prior written consent of the Customer. The Licensor remains fully responsible for any approved subcontractor.
H:Article 15 – Termination
P:15.1 In the event of a serious breach by either Party of its obligations, not remedied within thirty (30) days of a formal notice (mise en demeure) sent by registered letter with acknowledgement of receipt or by courier, the other Party may terminate the Contract by right, without prejudice to any damages.
P:15.2 On termination, the Licensor returns all Customer Data in an open format and then deletes any remaining copy.
H:Article 16 – Force Majeure
P:16.1 Neither Party is liable for a failure caused by an event of force majeure within the meaning of the applicable law, including a cyclone affecting Hainan or La Réunion, provided it informs the other Party promptly.
H:Article 17 – Governing Law and Jurisdiction
P:17.1 The present Contract is governed by French law.
P:17.2 Any dispute relating to its formation, interpretation or performance that the Parties cannot settle amicably within thirty (30) days shall be submitted to the exclusive jurisdiction of the Commercial Court (Tribunal de commerce) of Saint-Denis de La Réunion.
H:Article 18 – Final Provisions
P:18.1 The present Contract is drawn up in English in two original copies. Any amendment requires a written document signed by both Parties.
P:Done in Saint-Denis and in Wanning, on ____ 2026.
P:For the Licensor: ____________________    For the Customer: ____________________
"""

H91E03 = """
T:Supply and Installation Agreement – Underwater Reef Monitoring System
P:Agreement no. KRS-2026-031
P:Kralendijk Reef Systems B.V., having its registered office at Kaya Grandi 22, Kralendijk, Bonaire, Caribbean Netherlands, registered with the Chamber of Commerce under number 9031877, hereafter: "Supplier";
P:and Hainan Fenjie Island Dive Resort Co., Ltd., having its registered office at Fenjie Island, Lingshui Li Autonomous County, Hainan Province, People's Republic of China, hereafter: "Client";
P:hereafter jointly: "Parties".
H:Considerations
P:A. Client operates a dive resort and a marine education centre and, together with a university partner, monitors the health of the coral reef around Fenjie Island.
P:B. Supplier designs, supplies and installs underwater camera systems for reef monitoring and has installed such systems in Bonaire, Curaçao and Aruba.
P:C. Client has accepted Supplier's quotation Q-2026-118 of 9 March 2026. Parties wish to record their agreement in writing.
H:1. Definitions
P:1.1 "Equipment": the cameras, housings, junction boxes, subsea cable, shore station and other goods listed in clause 3.2.
P:1.2 "Software": the ReefWatch analytics software supplied with the Equipment, including the coral-cover and bleaching analysis modules.
P:1.3 "Works": the supply of the Equipment and Software, the marine installation, commissioning and training.
P:1.4 "Installation Date": the date on which Supplier's installation report is handed to Client in accordance with clause 6.
H:2. Scope of the Works
P:2.1 Supplier shall deliver and install eight (8) underwater 4K pan-tilt-zoom cameras at the reef sites indicated in Annex 1, at depths between 6 and 18 metres, connect them through two subsea junction boxes and a hybrid fibre and power cable to a shore station in Client's marine centre, and configure the Software.
P:2.2 Supplier provides the dive team, support vessel and lifting equipment for the installation. Client provides the mooring permits, berthing for the vessel and access to the marine centre.
P:2.3 Supplier shall train up to six (6) of Client's staff in the operation of the system and the basic cleaning of camera domes.
P:2.4 Client shall at its own cost provide a dry, air-conditioned room in the marine centre for the shore station, a stable 220 V power supply, an internet connection of at least 50 Mbit/s and a berth for Supplier's vessel during the installation. Client shall inform Supplier in good time of any dive schedules, excursions or events that limit access to the reef sites.
P:2.5 Supplier's divers hold commercial diving qualifications and shall follow Client's dive safety rules and the instructions of the local maritime authority. Supplier shall keep the reef undamaged and shall not anchor on live coral; cable routes follow sand channels wherever possible.
H:3. Price
P:3.1 The total price for the Works is CNY 1,610,000 (one million six hundred and ten thousand yuan), including Chinese import duties and taxes. Prices are fixed in Chinese yuan at Client's request.
P:3.2 The price is composed as follows:
TB:Item|Qty|Unit price CNY|Amount CNY
TB:Underwater 4K PTZ reef camera, titanium housing, wiper|8|96,500|772,000
TB:Subsea junction box|2|58,000|116,000
TB:Subsea hybrid fibre/power cable (metres)|1,200|185|222,000
TB:Shore station (NVR, analytics server, UPS)|1|134,000|134,000
TB:ReefWatch analytics software, perpetual licence|1|88,000|88,000
TB:Equipment subtotal|||1,332,000
TB:Marine installation (dive team, vessel, anchoring)|1|246,000|246,000
TB:Commissioning and training|1|32,000|32,000
TB:Total|||1,610,000
H:4. Payment
P:4.1 Client pays twenty-five per cent (25%) of the total price, being CNY 402,500, upon signing of this Agreement.
P:4.2 Client pays sixty-five per cent (65%), being CNY 1,046,500, upon delivery of the Equipment at the marine centre.
P:4.3 Client pays the balance of ten per cent (10%), being CNY 161,000, on the Installation Date.
P:4.4 Invoices are payable within fourteen (14) days of the invoice date by bank transfer to Supplier's account stated on the invoice.
H:5. Delivery and time schedule
P:5.1 Supplier shall deliver the Equipment at the marine centre within ten (10) weeks after signing and complete the installation within sixteen (16) weeks after signing, weather permitting. Days on which diving is not possible because of a typhoon warning or a sea state of five or more on the Douglas scale extend the schedule accordingly.
P:5.2 If Supplier exceeds the installation term for reasons attributable to Supplier, Supplier shall pay Client a penalty of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:5.3 With the delivery Supplier provides the operating manuals in English and Chinese, the as-built cable route drawing and the certificates of origin of the Equipment. Risk in the Equipment passes to Client upon delivery at the marine centre; title passes upon payment of the instalment under clause 4.2.
H:6. Installation and acceptance
P:6.1 On completion of the installation Supplier hands Client an installation report with photographs of each camera position and the cable route.
P:6.2 The Works are deemed accepted by Client on the Installation Date. Client's use of the system after that date confirms acceptance.
P:6.3 Any defect found by Client after the Installation Date is handled under the warranty in clause 7.
H:7. Warranty
P:7.1 Supplier warrants the Equipment and the Software against defects in materials and workmanship for a period of nine (9) months from the Installation Date.
P:7.2 The warranty does not cover camera domes, wiper blades, anodes, cable protection or other parts subject to marine fouling, corrosion or wear, nor damage caused by anchors, fishing gear, storms or third parties.
P:7.3 Under warranty Supplier repairs or replaces defective Equipment at its own cost, including the diving work needed for it.
H:8. Maintenance after warranty
P:8.1 After the warranty period Supplier offers annual maintenance including four (4) inspection and cleaning dives per year, replacement of wiper blades and anodes, software updates and remote health checks of the shore station.
P:8.2 The annual maintenance fee is eleven per cent (11%) of the Equipment subtotal, being CNY 146,520 per year. The fee is fixed for the first three (3) maintenance years. Maintenance is ordered per year by Client's written order and does not renew automatically.
H:9. Support and fault handling
P:9.1 Supplier provides remote support through its service desk and through its local service partner in Sanya named in Annex 3.
P:9.2 Faults are classified as follows. Severity 1: all cameras or the shore station are out of service. Severity 2: one or more cameras out of service, or the analytics are not running. Severity 3: any other fault.
P:9.3 Supplier responds to a Severity 1 fault within two (2) hours, to a Severity 2 fault within one (1) business day and to a Severity 3 fault within three (3) business days. Where a dive is needed, Supplier schedules it on the first day on which conditions allow it.
P:9.4 If Supplier does not respond to a Severity 1 fault within the stated time, Supplier credits Client CNY 1,000 for each hour of delay.
P:9.5 Supplier keeps one spare camera and one set of wiper blades and anodes at its local service partner in Sanya throughout the warranty and any maintenance year, so that a failed camera can be exchanged on the first suitable diving day.
H:10. Intellectual property
P:10.1 All intellectual property rights in the Software and in Supplier's standard camera designs remain with Supplier. Client receives a perpetual, non-exclusive licence to use the Software with the Equipment.
P:10.2 The site configuration, camera presets, reef survey grids and analysis dashboards made specifically for Client belong to Client, who may use, change and share them freely, including with its university partner.
H:11. Data and data security
P:11.1 All video, images and analysis results recorded by the system belong to Client. Supplier may use them only to perform this Agreement and may not publish or pass them to anyone else.
P:11.2 The footage may show divers and guests. Supplier shall access the shore station only through Client's VPN with an account issued by Client, shall not copy footage to its own systems, and shall protect any data it handles against loss and unauthorised access.
P:11.3 Supplier informs Client of any security incident involving the system or its data within twenty-four (24) hours and is liable for damage caused by its breach of this clause.
H:12. Confidentiality
P:12.1 Each Party keeps confidential the commercial and technical information it receives from the other Party, including prices, site plans and research data, and uses it only for this Agreement. This obligation continues for three (3) years after the end of the Agreement.
H:13. Liability
P:13.1 Supplier's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the total price. This limitation does not apply to personal injury, intent or gross negligence.
H:14. Subcontracting
P:14.1 The local service partner named in Annex 3 is approved by Client by signing this Agreement. Supplier shall not engage any other subcontractor without Client's prior written consent and remains responsible for the work of its subcontractors.
H:15. Termination
P:15.1 Either Party may terminate this Agreement by written notice if the other Party materially breaches it and fails to remedy the breach within thirty (30) days after a written notice of default.
H:16. Force majeure
P:16.1 Neither Party is liable for failure to perform caused by typhoons, storm surges, epidemics, government measures or other circumstances beyond its control. The affected Party informs the other Party without delay and resumes performance as soon as possible.
H:17. Applicable law and disputes
P:17.1 This Agreement is governed by the laws of the People's Republic of China, where the Works are performed.
P:17.2 Disputes shall be submitted to the Hainan International Arbitration Court in Haikou.
P:Annex 1: Site plan and camera positions. Annex 2: Equipment specifications. Annex 3: Local service partner.
P:Signed in Kralendijk and Lingshui.
P:Kralendijk Reef Systems B.V.: ____________________    Hainan Fenjie Island Dive Resort Co., Ltd.: ____________________
"""

SOURCES = {"h91z01": H91Z01, "h91z04": H91Z04, "h91e01": H91E01, "h91e03": H91E03}
TARGETS = {"h91z01": ("h91z01_university_smart_classroom_integration.docx", "docx"),
           "h91z04": ("h91z04_district_water_bureau_drainage_monitoring_om_service.pdf", "pdf"),
           "h91e01": ("h91e01_vanilla_grower_lot_tracking_licence_reunion_vendor.docx", "docx"),
           "h91e03": ("h91e03_dive_resort_reef_cameras_bonaire_integrator.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
