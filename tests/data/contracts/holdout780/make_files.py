"""holdout780: builds ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they stand; .docx/.pdf
are built by ../word_pdf.py from the markup below. Labels are written from LABELS; the expected rules are derived from
the labels with this folder's reading of policy §3 and compared with the design list DESIGN.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:遗体和器官捐献登记管理平台建设合同
P:合同编号：HSH-JZ-2026-047（政府采购项目）
P:甲方（采购人）：澄江市红十字会
P:乙方（供应商）：澄江仁信信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就遗体和器官捐献登记管理平台建设事宜，经平等协商，订立本合同。本合同采用甲方提供的合同文本，双方确认已逐条阅读。
H:第一条 项目内容
P:1.1 乙方向甲方提供遗体和器官捐献登记管理平台软件许可，并完成定制开发、部署实施和培训，内容包括：网上及小程序自愿登记、身份信息核验、登记变更与撤销、见证人与家属同意流程、志愿者服务记录、捐献者缅怀纪念管理、统计分析与报送，以及与省级人体器官捐献管理系统和本市政务服务平台的数据接口。
P:1.2 平台部署在甲方指定的政务云资源上，由甲方统一管理云资源账号。乙方不得在甲方认可的环境以外存放、备份任何登记数据。
P:1.3 详细功能与性能要求以磋商文件技术需求和双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾陆万元整（¥1,360,000），含税，由以下部分组成：平台软件许可费¥760,000（永久许可，不限登记人数和终端数量）；定制开发费¥486,000；部署实施费¥88,000；培训费¥26,000。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥272,000。
P:3.2 平台初步验收合格后，甲方支付合同总价的45%，即¥612,000。
P:3.3 最终验收合格后，甲方支付合同总价的35%，即¥476,000。
P:3.4 甲方每次付款前，乙方应开具合法有效的等额发票。甲方按财政资金支付程序办理付款。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发和历史登记数据迁移，并书面提交初步验收申请。
P:4.2 初步验收合格后，平台进入两个月试运行期。试运行期间乙方安排两名工程师驻场保障。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书列明的功能全部实现；与省级系统和政务服务平台的接口连续十日数据交换无差错；身份核验结果准确；在五百名用户并发访问时页面平均响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间未发生一级故障；历史登记数据迁移逐条比对一致；乙方已交付源代码、接口文档、操作手册和运维手册，并完成甲方人员培训。
P:5.3 平台上线运行、甲方使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询和必要的现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥68,400，该标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，经甲方书面同意的计划内维护时间除外。
P:7.2 一级故障（平台无法登记、核验或数据异常）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障应在2小时内响应，次日内解决；其他问题在三个工作日内解决。
P:7.3 乙方每延迟响应或恢复一小时，向甲方支付服务扣款¥800；月可用率每低于约定值0.01个百分点，扣款¥1,000。扣款可从应付款或履约保证金中直接扣除。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的捐献登记人个人信息、家属同意材料、见证记录及其他业务数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《个人信息保护法》《数据安全法》，落实敏感个人信息加密存储、访问最小授权、操作日志审计和网络安全等级保护三级要求；运维人员须经甲方堡垒机访问系统，不得将数据复制或导出至甲方环境以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、捐献者及其家属信息和其他非公开信息负有保密义务，未经甲方书面同意不得向任何人披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台标准软件的知识产权仍归乙方所有，甲方享有永久使用许可。
P:10.2 为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.3 乙方保证交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 因乙方违约给甲方造成其他损失的，乙方应予赔偿。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方逾期超过二十日，或有其他重大违约且在甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条之一 履约保证金与廉洁
P:13A.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式，有效期至最终验收合格后二十日。最终验收合格后，甲方无息退还。
P:13A.2 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同并依照政府采购有关规定处理。
P:13A.3 乙方应配合甲方接受财政、审计部门对本项目的监督检查，如实提供相关资料。
H:第十四条之一 项目管理与不可抗力
P:14A.1 乙方应指定具有同类项目经验的项目经理负责本项目，项目经理及核心开发人员在项目期间不得擅自更换，确需更换的应提前十日书面征得甲方同意，且替换人员资历不得低于原人员。
P:14A.2 乙方每周向甲方提交项目周报，说明进度、问题和风险；重大事项应即时报告。双方每月召开一次项目协调会，会议纪要经双方确认后作为履约依据。
P:14A.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延期履行或部分免除责任。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同的组成部分。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2026年　月　日
"""

Z02 = """T:木工机加及涂装生产线控制系统改造合同
P:合同编号：NK-YC-2026-118
P:甲方：南康童梦婴童家具有限公司
P:乙方：赣州精控自动化工程有限公司
P:甲方婴儿床生产车间的开料、刨砂、喷涂和烘干工序控制设备老化，故障频繁，需整体改造。经比选，甲方确定由乙方承担本项目。双方依据《中华人民共和国民法典》，经协商一致，订立本合同，以资共同遵守。
H:一、项目范围
P:（一）乙方负责提供并安装下表所列设备与软件，完成控制程序开发、与甲方ERP系统的生产工单接口、安装调试和操作培训，使改造后的生产线达到本合同约定的验收标准。
P:（二）改造期间乙方应分段停线施工，每段停线不超过五日，具体计划经甲方生产部书面确认。
H:二、合同价款
P:（一）设备与软件价格如下表（含税，单位：元）：
TB:序号|名称|数量|单价|金额
TB:1|数控开料机控制系统升级|2套|148,000|296,000
TB:2|四面刨与砂光线PLC控制柜|4套|86,000|344,000
TB:3|喷涂机器人控制器改造|2套|132,000|264,000
TB:4|烘干房温湿度控制及传感器|1套|118,000|118,000
TB:5|生产线监控软件许可（永久）|1套|156,000|156,000
TB:|软硬件小计|||1,178,000
TB:6|安装调试||124,000|124,000
TB:7|控制程序开发及ERP接口||86,000|86,000
TB:8|操作与维修培训||12,000|12,000
TB:|合同总价|||1,400,000
P:（二）合同总价为人民币壹佰肆拾万元整（¥1,400,000），为固定总价，包含运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同生效后七个工作日内，甲方支付合同总价的25%作为预付款，即¥350,000。
P:（二）设备全部到货并安装完成后，甲方支付合同总价的50%，即¥700,000。到货签收和安装完成不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的25%，即¥350,000。
H:四、交付与验收
P:（一）乙方应在合同生效后七十五日内完成全部设备到货、安装和调试。
P:（二）验收标准：各工序设备按技术协议动作正确；开料尺寸误差不超过0.3毫米；喷涂膜厚抽检结果均在工艺文件规定范围内；烘干房温度波动在正负2摄氏度以内；ERP工单下发与完工回传连续十个生产日无差错；产线连续试生产二十日无一级故障；所有安全联锁和急停功能测试通过。
P:（三）试生产期满后，甲方在十日内组织最终验收并出具验收报告。试生产、使用或付款均不视为验收合格。
H:五、质保与维保
P:（一）质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级。
P:（二）质保期满后的维保服务年费按软硬件小计的8%计取，即每年¥94,240，质保期满后两年内价格固定不变。维保合同另行签订，不自动续期。
H:六、服务水平
P:（一）一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备停机）2小时内响应，次日内修复。
P:（二）乙方未按时响应或到场的，每延迟一小时向甲方支付¥600。
H:七、数据与保密
P:（一）生产线运行数据、工艺参数、配方及ERP工单数据均属于甲方，乙方仅可为本合同目的使用。乙方远程维护须事先经甲方同意并通过甲方指定的VPN账号进行，不得将数据带离甲方厂区；发生数据泄露或损坏的，乙方应在2小时内报告并承担相应责任。
P:（二）双方对在履行本合同中获知的对方技术资料和商业信息负有保密义务，保密期至合同终止后三年。
H:八、知识产权
P:（一）为本项目编写的PLC控制程序、组态画面、ERP接口程序及源代码归甲方所有，甲方可自行修改或交由他人维护。
P:（二）监控软件标准产品的著作权归原权利人，甲方获得永久使用许可。
H:九、分包
P:（一）乙方可将安装、布线、机械拆装等现场工作分包给第三方，但应提前三个工作日书面通知甲方，并对分包方的工作质量和安全负责。
H:十、违约责任
P:（一）乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成人身伤害的除外。
H:十一、合同解除
P:（一）乙方逾期超过二十日或有其他严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、安全生产
P:（一）乙方人员进入甲方车间应遵守甲方安全生产和防火制度，动火、登高作业须办理审批手续。因乙方人员违章造成的安全事故由乙方负责。
H:十二之一、环境与现场管理
P:（一）乙方在车间施工期间应做好防尘、防火和成品保护，拆除的旧控制柜、线缆等废旧物资按甲方要求分类堆放，由甲方处置。
P:（二）乙方改造后的电气柜应符合国家电气安全标准，柜内布线整齐、标识清楚，所有接地和漏电保护装置经测试合格。
P:（三）喷涂和烘干区域属于甲方防火重点部位，乙方在该区域使用的电气元件、传感器和接线盒应满足防爆要求，并提供合格证明文件。
P:（四）改造涉及的设备搬运、吊装，乙方应编制专项方案，经甲方安全管理部门审核后实施。
H:十二之二、技术交底与变更
P:（一）乙方应在施工前向甲方提交详细设计方案，包括电气图纸、控制逻辑说明、ERP接口规范和分段停线计划，经甲方书面确认后方可实施。
P:（二）实施过程中需变更设计的，乙方应书面提出变更原因及对工期和费用的影响，经甲方同意后执行；未经甲方同意的变更，由此增加的费用由乙方承担。
P:（三）乙方应在每段改造完成后提交阶段报告，并在恢复生产前会同甲方进行空载和带料试车。
P:（四）乙方应在改造完成后对甲方电气维修人员进行不少于两日的程序讲解，确保甲方人员能够独立完成参数调整和程序备份恢复。
H:十三、法律适用与争议
P:（一）本合同适用中华人民共和国法律。争议提交赣州仲裁委员会仲裁。
H:十三之一、培训与资料
P:（一）乙方应对甲方设备操作人员、电工和维修人员分批开展现场培训，培训内容包括设备操作、日常点检、常见故障判断、程序备份与恢复，培训结束后组织考核。
P:（二）乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序备份、组态工程文件、备品备件清单、设备说明书和维护手册，纸质版和电子版各一套。
P:（三）乙方应在质保期内储备常用备件，保证一般备件三日内到货，关键备件在甲方停线等待时须在二十四小时内提供。
H:十三之二、不可抗力
P:（一）因地震、洪水、疫情等不可抗力导致合同不能按期履行的，受影响一方应在三日内通知对方，并在十日内提供有关证明，履行期限相应顺延。
P:（二）不可抗力持续超过六十日的，双方协商决定是否继续履行合同。
H:十三之三、履约保证
P:（一）乙方应在合同签订后七日内向甲方提交合同总价5%的履约保函，有效期至最终验收合格后二十日。乙方未履行合同义务的，甲方有权从履约保函中获得补偿。
P:（二）乙方应为其现场施工人员办理意外伤害保险，并遵守甲方的环保和粉尘防爆管理规定。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """连锁洗鞋门店订单与会员管理系统SaaS服务合同

合同编号：XX-SAAS-2026-0312
甲方：沪洁洗鞋与皮具护理连锁管理有限公司
乙方：杭州云店通软件服务有限公司

鉴于甲方在上海、苏州、杭州经营40家洗鞋与皮具护理门店，需统一的收衣下单、物流取送、会员储值和门店管理系统，乙方以软件即服务方式提供该系统并负责实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方提供“云店通”洗护行业SaaS系统的使用权，包括：
1. 门店收衣、拍照验鞋、洗护工序流转和取件核销；
2. 小程序下单、上门取送预约及骑手调度；
3. 会员储值、积分、优惠券和次卡管理；
4. 总部管理端的门店经营报表、库存耗材和员工绩效统计。
（二）乙方负责实施服务：系统配置、甲方现有会员及储值余额数据迁移、小程序品牌页面定制、与甲方支付通道对接，以及对各门店店长和店员的培训。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为自起算日起的一个年度期间。

二、费用
（一）门店端订阅费：每家门店每服务年度¥5,400，40家门店每服务年度合计¥216,000。
（二）总部管理端订阅费：每服务年度¥36,000。
（三）实施费：¥78,000，一次性。
（四）两个服务年度合同总金额为人民币伍拾捌万贰仟元整（¥582,000）。新增门店按单店年费按月折算，另行结算，不计入本合同总金额。

三、付款
（一）订阅费按季度支付，每个服务季度开始后十个工作日内支付该季度费用¥63,000。
（二）实施费在上线验收合格后十个工作日内一次性支付。
（三）乙方应在每次收款前开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 全部40家门店可正常收衣、下单、核销；
2. 会员、储值余额和积分数据迁移后逐户核对一致，差额为零；
3. 小程序下单、支付和退款流程测试通过；
4. 在门店营业高峰并发条件下，收衣开单操作响应时间不超过2秒；
5. 连续七日试运行无一级故障。
（三）甲方在收到申请后五个工作日内组织验收，验收合格签署上线验收单。系统试用或门店使用不视为验收合格。
（四）乙方未按期完成上线验收的，每逾期一日向甲方支付¥600违约金。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日凌晨2时至5时之间并提前通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法开单、支付异常）：30分钟内响应，3小时内恢复；
2. 二级故障（单店无法使用或部分功能异常）：1小时内响应，当日内恢复；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）服务补偿：月可用率低于约定值的，每低0.1个百分点，乙方按当季订阅费的2%给予服务费抵扣，抵扣从下一季度费用中扣除；一级故障恢复超时的，每超时一小时抵扣¥500。

六、数据权属与数据安全
（一）甲方的门店订单、会员信息、储值记录及其他业务数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将甲方业务数据经脱敏、汇总处理后用于洗护行业经营分析、产品功能改进和行业报告，前述脱敏数据的权利归乙方。
（三）乙方应将数据存储于中国境内的云服务器，采取加密传输和存储、访问权限控制、操作日志留存和每日备份等措施，系统通过网络安全等级保护二级测评。
（四）发生数据泄露、丢失或篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成甲方或会员损失的，由乙方赔偿。
（五）服务终止后三十日内，乙方应按甲方要求导出并交付全部业务数据，随后删除其系统中的甲方数据（第（二）项所述脱敏数据除外）。

七、保密
双方对在合作中获知的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

八、知识产权
（一）“云店通”系统平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序品牌页面、专属报表模板及其设计文件归甲方所有，甲方可自行使用、修改或委托他人开发。

九、续期
服务期满前三十日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅费标准，调整幅度不超过上一服务年度的8%，乙方以书面通知告知甲方即可。

十、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的应事先取得甲方书面同意。

十一、违约与赔偿
（一）任何一方违约给对方造成损失的，应承担赔偿责任。
（二）乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但数据安全事故造成的损失不受此限。

十二、合同解除
乙方严重违约，或连续两个月月可用率低于约定值，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已收取的未使用期间费用。

十三之三、实施计划
（一）乙方应在合同签订后五个工作日内提交实施计划，明确需求调研、系统配置、数据迁移、小程序定制、支付对接、门店培训和分批上线的时间节点。
（二）门店上线按区域分三批进行，每批上线前乙方应完成该批门店的账号开通、打印机和扫码设备调试及店员培训，上线首周安排专人远程值守。
（三）甲方原系统在新系统上线验收合格前继续运行，乙方应配合做好新旧系统切换期间的订单和储值数据核对，确保会员权益不受影响。
（四）乙方应提供门店操作手册、总部管理手册和常见问题解答，并根据甲方门店使用情况每季度更新一次。

十三之四、门店设备与网络
（一）门店收银电脑、小票打印机、标签打印机和扫码枪由甲方自行采购，乙方应提供兼容设备清单并负责安装调试驱动程序。
（二）门店网络中断时，系统应支持离线收衣开单，网络恢复后自动同步订单数据，同步失败的应提示门店人员处理。
（三）乙方应为总部提供系统操作日志查询功能，日志保存期不少于一百八十日，以便甲方核查储值调整、退款和优惠券发放等敏感操作。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三之一、双方责任
（一）甲方应指定项目联系人，按时提供门店清单、会员及储值数据、品牌素材和支付通道资料，并组织门店人员参加培训。
（二）乙方应指定客户成功经理，负责需求确认、实施进度管理和日常服务协调，每月向甲方提交服务报告，内容包括可用率、故障处理、需求处理和系统使用情况。
（三）乙方对系统功能进行重大调整的，应提前十五日通知甲方，不得降低本合同约定的功能和服务水平。
（四）乙方应保证储值资金相关功能符合有关预付卡管理规定，储值余额数据与甲方财务系统每日核对。

十三之二、不可抗力
因自然灾害、公共卫生事件、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。云服务商机房故障不属于不可抗力。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """学生资助奖学金评审系统年度运维服务合同

合同编号：JYJ-YW-2026-019
甲方：青岚市教育局
乙方：青岚博远信息技术服务有限公司

为保障学生资助奖学金评审系统（以下简称“评审系统”）安全稳定运行，甲方通过政府采购确定乙方为本项目运维服务供应商。双方根据《中华人民共和国民法典》及采购文件，订立本合同。

第一章 服务范围与期限
1. 服务对象：评审系统的应用软件、数据库、中间件及其所在的政务云虚拟机，包括学生申请端、学校初审端、教育局评审端和资助统计分析模块。
2. 服务内容：
2.1 日常运维：系统巡检、日志分析、性能监控、补丁更新、账号与权限管理、数据库维护。
2.2 评审季保障：在春季和秋季两个评审季各安排两名工程师驻场，保障学校集中申报、专家评审和结果公示期间系统稳定运行。
2.3 安全加固：配合甲方完成网络安全等级保护测评，对测评发现的问题进行整改。
2.4 备份与演练：每日增量备份、每周全量备份，每半年进行一次恢复演练。
2.5 小型功能调整：因政策变化引起的评分规则、表单字段和统计口径调整，全年累计不超过六十人日。
3. 服务期限：自2026年3月1日起至2027年2月28日止。期满后本合同终止，不自动续签；甲方需要继续采购的，依法另行组织采购。

第二章 合同价款与支付
4. 本合同总价为人民币叁拾柒万肆仟元整（¥374,000），包括：日常运维费¥196,000；评审季驻场保障费¥84,000；安全加固与等保测评配合费¥56,000；数据备份与恢复演练费¥38,000。
5. 运维服务费按季度支付。每季度结束后，甲方根据本合同第四章对乙方当季服务进行考核，考核合格后十五个工作日内支付当季费用¥93,500。
6. 本合同不设预付款。

第三章 服务水平
7. 评审系统月可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。计划内维护不得安排在评审季的申报和评审阶段。
8. 故障分级与响应时限：
8.1 一级故障（系统整体无法访问、评审数据错误或丢失）：乙方在15分钟内响应，1小时内到达现场或远程接入处理，3小时内恢复服务；
8.2 二级故障（部分学校或部分功能无法使用）：30分钟内响应，当日内解决；
8.3 三级问题（一般咨询、界面问题）：两个工作日内解决。
9. 乙方应每月提交运维月报，列明可用率、故障处理、巡检和变更情况；每次一级故障处理完毕后三日内提交故障分析报告。
10. 乙方未达到本章服务水平的，应在五个工作日内提交书面原因分析和整改计划，并按计划落实整改。服务水平未达标不影响当季运维费的支付，甲方不就此扣减服务费，乙方亦不因此支付违约金或其他补偿。

第四章 考核与验收
11. 季度考核内容：巡检记录和运维月报齐全；补丁和变更均按流程审批；备份按计划执行且抽查恢复成功；甲方提出的功能调整按约定时间完成。
12. 年度验收：服务期满前十五日内，甲方对全年运维服务进行验收，标准为：全年未发生因乙方原因导致的数据丢失；两次评审季均按时完成且无评审结果差错；等保测评发现的问题全部整改完成；乙方移交全部运维文档、脚本、配置清单和账号清单。年度验收不合格的，乙方应在十日内整改。

第五章 数据安全与个人信息保护
13. 评审系统中的学生身份信息、家庭经济状况、成绩、获奖记录和评审结果等数据均属于甲方，乙方仅为提供本合同运维服务而接触，不得用于任何其他目的，不得复制、留存或向第三方提供。
14. 乙方运维人员应使用实名账号，经甲方堡垒机访问系统，所有操作留存审计日志；对学生个人敏感信息的查询须经甲方业务负责人审批；严禁在个人电脑或移动介质中存放系统数据。
15. 乙方应落实网络安全等级保护三级要求中由运维方承担的管理措施，并对驻场人员进行个人信息保护培训。
16. 发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，由乙方承担全部法律责任并赔偿甲方及相关学生的损失。

第六章 知识产权
17. 乙方在本合同履行中编写的运维脚本、配置文件、功能调整代码及运维文档，其知识产权归甲方所有。评审系统原有软件的权利不因本合同改变。

第七章 人员与分包
18. 乙方应指定项目经理一名及固定运维工程师两名，人员变更须提前十日征得甲方同意。
19. 乙方不得将本合同项下的任何服务分包或转包。

第八章 违约责任
20. 乙方未按第2.3项约定的期限完成等保测评问题整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
21. 甲方逾期支付运维费的，每逾期一日按应付金额的万分之三支付违约金。
22. 任何一方违反本合同给对方造成损失的，应予赔偿。

第九章 合同解除
23. 乙方严重违约，或因乙方原因发生重大数据安全事件，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。

第九章之一 人员与工作要求
23A. 乙方项目经理应具有三年以上政务信息系统运维管理经验，运维工程师应具备数据库或操作系统相关认证。乙方应在合同签订后五日内向甲方提交人员名单、资质证明和联系方式。
23B. 乙方应建立运维值班制度，评审季期间实行二十四小时值班，并将值班表报甲方备案。
23C. 乙方对系统的任何变更，包括补丁安装、配置修改和功能调整，均应填写变更申请，经甲方审批后在非业务高峰时段实施，并事先做好备份和回退方案。
23D. 乙方应每季度对系统进行一次全面巡检，形成巡检报告，对发现的隐患提出整改建议。

23E. 乙方应于每个评审季开始前十日完成系统压力测试和应急演练，并将测试报告提交甲方；评审季结束后十日内提交保障总结。
23F. 甲方应为乙方驻场人员提供必要的办公场所和网络接入条件，并及时提供运维所需的系统资料和授权。

第十章 法律适用与争议解决
24. 本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十章之一 服务交接
24A. 合同期满或解除时，乙方应在十个工作日内完成服务交接，向甲方或甲方指定的新服务商移交全部运维文档、系统账号、配置清单、备份介质和未结问题清单，并配合新服务商完成为期不少于十日的过渡支持。
24B. 乙方在交接完成前不得停止服务，不得删除或更改系统配置；交接完成后，乙方应注销其运维人员在评审系统中的全部账号，并书面确认未留存任何系统数据。
24C. 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在不可抗力影响范围内免除责任，但评审季保障期间乙方应启动应急预案，尽最大努力保障系统运行。
24D. 乙方驻场人员应遵守甲方的工作纪律和作息安排，服从甲方信息中心的统一调度。乙方应为驻场人员配备必要的办公设备，相关费用已包含在合同价款中。
第十一章 其他
25. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
26. 本合同一式四份，甲方三份，乙方一份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：青岚市教育局            乙方（盖章）：青岚博远信息技术服务有限公司
签约日期：2026年2月  日
"""

Z05 = """# 彩研颜料生产追溯系统软件许可及定制开发合同

**（乙方标准合同文本 CY-HT-V3.0）**

合同编号：CY-2026-0587

甲方：景德镇拾色水彩颜料工作室有限公司

乙方：深圳彩研智能软件有限公司

甲方为实现水彩颜料研磨、调配、灌装（装管）全过程的批次追溯，向乙方采购“彩研”生产追溯系统软件许可及定制开发服务。双方经友好协商，同意按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“彩研”生产追溯系统标准版软件许可一套，许可类型为永久许可，限甲方一个生产场地使用。

1.2 乙方按甲方需求进行定制开发，内容包括：三辊研磨批次记录、色号配方与颜料粉投料管理、灌装线扫码与管体追溯码打印、成品检验记录、按色号和批次的正反向追溯查询。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

## 第二条 合同价款

2.1 合同价款明细如下（含税，单位：人民币元）：

| 序号 | 项目 | 金额 |
|---|---|---|
| 1 | “彩研”生产追溯系统标准版软件许可（永久） | 368,000 |
| 2 | 定制开发（研磨、配方、灌装、追溯模块） | 176,000 |
| 3 | 部署实施及基础数据初始化 | 42,000 |
| 4 | 操作培训 | 8,000 |
|  | 合计 | 594,000 |

2.2 合同总价为人民币伍拾玖万肆仟元整（¥594,000）。扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥326,700，乙方收款后启动项目。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的45%，即¥267,300。

3.3 乙方收款后开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后六十日内完成系统安装部署。

4.2 系统安装部署完成之日，即视为甲方验收合格。甲方在安装部署完成后提出的意见，乙方将作为优化建议在后续版本中考虑。

4.3 乙方延期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 免费维护

5.1 系统安装部署完成后三个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

5.2 乙方提供工作日9:00至17:30的电话和远程支持，收到甲方问题后将尽商业上合理的努力尽快处理，处理时限视问题复杂程度而定。

5.3 因甲方操作不当、擅自修改或硬件故障引起的问题，不属于免费维护范围，乙方可另行收费。

## 第六条 年度维护

6.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按标准版软件许可费的28%计收，即每年¥103,040。

6.2 年度维护服务内容包括远程技术支持、缺陷修复和标准版本升级，不含新增定制开发。

## 第七条 知识产权

7.1 “彩研”标准版软件及乙方为本合同定制开发的全部模块、源代码、数据库设计和文档的知识产权均归乙方所有。

7.2 甲方在本合同约定的场地范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或交由第三方维护。

7.3 乙方可将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的颜料配方、研磨工艺参数、批次记录和客户信息等数据归甲方所有，乙方不得用于本合同以外的任何目的。

8.2 系统部署在甲方本地服务器。乙方远程维护须经甲方临时开通账号，维护结束后甲方关闭账号；乙方应采取必要的安全措施，防止甲方数据泄露、损毁或丢失，发现数据安全事件应在24小时内通知甲方。因乙方原因造成甲方数据泄露或丢失的，乙方应承担赔偿责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息和商业信息承担保密义务，特别是甲方的颜料配方和工艺参数，未经对方书面同意不得向第三方披露。保密期限为合同终止后五年。

## 第十条 责任限制

10.1 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十二条之一 双方义务

12A.1 甲方应提供符合乙方要求的服务器、操作系统、数据库和网络环境，并指定专人配合实施。因甲方环境不符合要求导致的延误，乙方不承担责任，交付期限相应顺延。

12A.2 甲方应按乙方要求整理并提供色号清单、颜料粉和辅料物料清单、配方表、研磨设备清单和包装规格等基础数据，并对其准确性负责。

12A.3 甲方应妥善保管系统账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

12A.4 乙方应按本合同约定完成安装部署和培训，培训对象为甲方指定的研磨、灌装、质检和仓库人员，培训时间合计两日。

12A.5 甲方如需增加本合同约定以外的功能，双方另行协商开发费用和周期，签订补充协议后实施。

## 第十二条之二 不可抗力

12B.1 因不可抗力导致任何一方不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方。

12B.2 网络中断、第三方软件缺陷、病毒攻击等非乙方可控事件导致的系统故障，视为不可抗力。

## 第十二条之三 通知

12C.1 双方往来通知以书面形式送达本合同首页所列地址或电子邮箱，电子邮件发出即视为送达。

12C.2 一方联系方式变更的，应在变更后五日内通知对方，否则按原地址送达视为有效送达。

## 第十二条之四 培训与文档

12D.1 乙方提供的培训包括系统操作培训和管理员培训。系统操作培训面向研磨、调色、灌装和质检岗位人员，内容包括批次创建、投料扫码、灌装追溯码打印、检验记录录入和追溯查询；管理员培训内容包括用户权限设置、基础数据维护和数据备份。

12D.2 乙方交付的文档包括用户操作手册和系统管理员手册，均为电子版。源代码、数据库设计文档及开发文档不属于交付范围。

12D.3 甲方人员经培训后仍需乙方现场指导的，乙方按每人日¥2,800另行收费，差旅费用由甲方承担。

## 第十二条之五 其他约定

12E.1 乙方有权在其官方网站和宣传资料中将甲方列为客户案例，并使用甲方名称和商标。

12E.2 合同履行过程中，甲方更换生产场地或增加生产场地的，应另行购买软件许可。

## 第十二条之六 系统升级

12F.1 乙方发布标准版新版本的，在免费维护期内或年度维护服务期内，甲方可免费升级；升级由乙方远程实施，升级后定制模块的兼容调整按乙方届时报价另行收费。

12F.2 甲方未购买年度维护服务的，乙方不再提供任何技术支持、缺陷修复和升级服务。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准合同文本，双方未另行签订补充协议的，以本文本为准。

甲方（盖章）：____________　　乙方（盖章）：____________

日期：____________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. FMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhoushan Haiyun Marine Fuel Supply Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Customer"), and Fujairah Bunker Systems FZE, a free zone establishment registered in the Fujairah Free Zone, Emirate of Fujairah, United Arab Emirates (the "Vendor").
P:The Customer supplies marine fuel to vessels at the Zhoushan anchorages and wishes to replace its spreadsheet-based bunker delivery process with the Vendor's BunkerDesk software. The Vendor has agreed to grant a perpetual licence to BunkerDesk and to implement it for the Customer on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the BunkerDesk bunker order, barge scheduling, delivery note and quality records software in object code, including the modules listed in Annex 1 and all updates supplied under this Agreement.
P:1.2 "Deliverables" means the configurations, interface programs, report templates, data migration scripts and documents prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's operations, including orders, vessel and barge records, delivery notes, sampling results and customer details.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 60 named users and 12 barge modules in the Customer's own operations in the People's Republic of China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer's affiliates may use the Software within the licensed quantities.
P:2.3 The Software, and all intellectual property rights in it, remain with the Vendor and its licensors.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers in Zhoushan, configure it to the Customer's approved process design, migrate open orders and three years of delivery records, and build interfaces to the Customer's ERP system, its mass-flow-meter data collection system and the port authority's electronic bunker delivery note platform.
P:3.2 The Vendor shall train ten key users and four system administrators and provide on-site support for the first two weeks after go-live.
P:3.3 The project plan in Annex 2 applies. The Vendor shall complete installation within 70 days and be ready for the acceptance test within 120 days after signature.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,810,000 (the "Contract Price"), inclusive of VAT, made up of: Software licence fee CNY 1,260,000; implementation and configuration CNY 348,000; interfaces CNY 164,000; and training CNY 38,000.
P:4.2 The Customer shall pay 10% of the Contract Price (CNY 181,000) within 20 days after signature against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.3 The Customer shall pay 52% of the Contract Price (CNY 941,200) within 20 days after the Vendor has installed the Software and the Customer has signed the Installation Certificate. Installation does not constitute acceptance.
P:4.4 The Customer shall pay the remaining 38% of the Contract Price (CNY 687,800) within 20 days after Final Acceptance.
P:4.5 All payments shall be made in CNY by bank transfer to the Vendor's account with a bank in the People's Republic of China named in the invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan, based on the process design, at least 20 days before the planned test. The Customer shall approve the plan or request changes.
P:5.2 The acceptance criteria are: all functions in the approved process design operate as specified; all three interfaces exchange data without error for ten consecutive working days; migrated delivery records reconcile with the source records; a delivery note is generated within three seconds of the meter reading being received; and no Severity 1 defect is open.
P:5.3 If the tests are passed, the Customer shall sign the Final Acceptance Certificate within five working days. If they are not passed, the Vendor shall correct the defects at its own cost and repeat the tests. Go-live, productive use or any payment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Deliverables will conform to the documentation and the process design for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 138,600 per year, and the Vendor shall not increase it for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Severity 1 (BunkerDesk unavailable, or delivery notes cannot be issued): response within 1 hour at any time, work continuing until a workaround is in place. Severity 2 (a major function impaired): response within 2 hours during business hours. Severity 3: next business day.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall pay CNY 1,000, and CNY 400 for each full hour by which it misses a Severity 2 response time. These amounts may be set off against any sum due to the Vendor.
H:Article 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall access and use Customer Data only as needed to perform this Agreement and shall not use it for any other purpose or disclose it to anyone.
P:7.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway, using named accounts approved by the Customer for each session, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:7.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in remedying it, and is liable for the losses it causes.
H:Article 8 Intellectual Property in Deliverables
P:8.1 All rights in the Deliverables vest in the Customer on creation. The Customer may use, modify and license the Deliverables freely, including to third parties that maintain its systems. The Vendor shall deliver the source code of the interface programs and migration scripts.
P:8.2 Nothing in this Agreement transfers ownership of the Software.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement, and shall not disclose it to any third party without the other party's written consent. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to be ready for the acceptance test by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 7 or 9, infringement of third-party rights, personal injury, or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund amounts paid for Services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Emirate of Fujairah and the federal laws of the United Arab Emirates applicable in it.
P:13.2 Any dispute arising out of this Agreement that is not settled by negotiation within 30 days shall be submitted to the competent courts of the Emirate of Fujairah.
H:Article 13A Force Majeure and Notices
P:13A.1 Neither party is liable for a delay caused by force majeure, such as natural disaster, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Time for performance is extended by the period of the event.
P:13A.2 Notices under this Agreement shall be in writing and delivered by hand, courier or e-mail to the addresses stated in the signature page.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is written in English and Chinese. Both versions are equally authentic.
P:Annex 1: Software modules and licensed quantities. Annex 2: Project plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form — DeskTide Service Platform

**Order Form No. KCS-OF-2026-0931**

This Order Form is entered into between **Kalba Cloud Solutions FZ-LLC**, a company registered in Kalba, Emirate of Sharjah, United Arab Emirates ("Provider"), and **Shenzhen Lanfeng Cross-Border Commerce Co., Ltd.**, a company incorporated in the People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Services

Provider will provide the DeskTide customer-service platform as a hosted subscription service: omnichannel ticketing for e-mail, marketplace messages and web chat, a shared knowledge base, macros and routing rules, agent performance dashboards, and connectors to the Customer's order management system and to the seller centres of the marketplaces listed in the Service Description. The Services are hosted for the Customer in a data centre in mainland China operated by Provider's hosting provider.

### A2. Subscription Term

The Subscription Term is 24 months from the Subscription Start Date, which is the date on which Customer signs the Go-Live Certificate under A5. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Annual amount (CNY) | Amount for the Subscription Term (CNY) |
|---|---|---|---|---|
| Agent seat subscription | 180 seats | 1,380 per seat per year | 248,400 | 496,800 |
| Knowledge base and AI suggestion module | 1 | 36,000 per year | 36,000 | 72,000 |
| Onboarding (one-time): configuration, connectors, migration of open tickets, training | 1 | — | — | 42,000 |
| **Total Fees** | | | | **610,800** |

All amounts include VAT. Additional seats ordered during the Subscription Term are charged pro rata at the same unit price and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly at the start of each quarter of the Subscription Term, CNY 71,100 per quarter, payable within 20 days of invoice.

(b) The onboarding fee is invoiced after Customer signs the Go-Live Certificate and is payable within 20 days of invoice.

(c) No fee is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within 45 days after the date of this Order Form.

(b) Go-Live acceptance tests, run by Customer with Provider's support, must show that: tickets from every connected channel are created and routed according to the agreed rules; order data is retrieved from the order management system within two seconds for at least 95 out of 100 sampled tickets; migrated open tickets reconcile with the source list; and the 180 agent accounts are set up with the agreed roles.

(c) When the tests are passed, Customer signs the Go-Live Certificate. Use of the Services before that date is not acceptance.

(d) If onboarding is not completed within the period in A5(a) for reasons attributable to Provider, Provider will pay Customer CNY 500 for each day of delay, up to CNY 30,500.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, Kalba office. Customer contact: Head of Customer Service, Shenzhen.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B — General Terms

### 1. Provision of the Services

1.1 Provider will make the Services available to Customer during the Subscription Term in accordance with the Order Form, the Service Description and these General Terms.

1.2 Customer may permit its employees and contractors to use the Services within the subscribed seats. Customer is responsible for their use of the Services.

1.3 Provider may update the Services from time to time, provided that no update materially reduces the functions described in the Service Description.

### 2. Service Levels

2.1 Provider will make the Services available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Priority 1 incidents (the Services are unavailable or no agent can handle tickets) will be responded to within 30 minutes at any time. Priority 2 incidents (a channel or connector does not work) will be responded to within 2 hours during business hours. Priority 3 requests will be answered within two business days.

2.3 If monthly availability falls below the level in 2.1, Customer will receive a service credit of 5% of the monthly subscription fees for each 0.1 percentage point of shortfall, up to 50% of those fees. If a Priority 1 response is late, Customer will receive a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Services by or for Customer, including tickets, messages, buyer names and addresses, and order details.

3.2 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Services to Customer and for no other purpose, and will not sell it or disclose it to third parties except as required to provide the Services.

3.3 At the end of the Subscription Term, Provider will make Customer Data available for export in a standard format for 60 days and will then delete it.

### 4. Subcontractors

4.1 Provider may engage subcontractors, including its hosting provider and support partners, to perform any part of the Services. Provider will inform Customer of each new subcontractor by written notice before the subcontractor starts work.

4.2 Provider remains responsible for the acts and omissions of its subcontractors as for its own.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information it receives from the other party in connection with this Order Form, use it only to perform this Order Form, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Provider owns the Services, the DeskTide platform and all related software and documentation.

6.2 Routing rules, macros, knowledge base articles, report layouts and other configurations created for Customer during onboarding or by Customer during the Subscription Term belong to Customer. Customer may export, use, modify and license them freely, including with other service providers.

### 7. Liability

7.1 Each party's total liability under this Order Form is limited to 200% of the Total Fees.

7.2 The limit in 7.1 does not apply to breach of Section 5, infringement of intellectual property rights, or personal injury caused by negligence.

7.3 Neither party is liable for loss of profit or indirect loss.

### 8. Term and Termination

8.1 These General Terms apply for the Subscription Term.

8.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not remedy the breach within 20 days after receiving written notice.

8.3 If Customer terminates under 8.2, Provider will refund the fees paid for the period after termination.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 9A. Customer Responsibilities

9A.1 Customer will provide Provider with timely access to the order management system test environment, marketplace seller centre credentials and the data needed for onboarding, and will nominate a project lead with authority to approve the routing rules and connector mappings.

9A.2 Customer is responsible for the accuracy of the content it submits to the Services and for obtaining any consents required from its own buyers to handle their messages through the Services.

9A.3 Customer will not use the Services to send unsolicited marketing messages, to upload malicious code or to attempt to gain access to other customers' environments.

### 9B. Changes, Suspension and Force Majeure

9B.1 Changes to the Order Form, including additional channels, connectors or modules, require a written change order signed by both parties that states the effect on fees and timelines.

9B.2 Provider may suspend access of an individual user account only where that account is being used in breach of 9A.3, and will notify Customer immediately and restore access once the issue is resolved.

9B.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits under Section 2 do not apply to periods affected by such events, but Customer's fees are reduced in proportion to any period in which the Services are not available.

### 10. General

10.1 Neither party may assign this Order Form without the other party's written consent.

10.2 Notices must be in writing and sent to the contacts in A6.

10.3 This Order Form may be signed electronically and in counterparts.
"""

E03 = """T:Supply Contract for Wireless Gas Detection System
P:Contract No. LYG-HX-PUR-2026-0226
P:Buyer: Lianyungang Haixin Fine Chemicals Co., Ltd., Xuwei New District, Lianyungang, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Ruwais Industrial Sensing LLC, Ruwais Industrial Area, Al Dhafra Region, Abu Dhabi, United Arab Emirates (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer requires a wireless fixed gas detection system with central monitoring for its chlorination and solvent recovery units. The Supplier has offered the system described below and the parties agree as follows.
H:1. Definitions
P:1.1 "System" means the gas detectors, gateways, edge servers and Monitoring Software listed in Clause 3, installed, calibrated and integrated as required by this Contract.
P:1.2 "Monitoring Software" means the Supplier's GasView monitoring software, licensed under Clause 8.
P:1.3 "Buyer Data" means all measurements, alarms, events, maps, configuration data and logs generated or stored by the System.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission 220 wireless detectors for chlorine, hydrogen chloride, toluene and combustible gases, 14 wireless gateways and two edge servers, and shall configure the Monitoring Software with the plant maps, alarm levels and escalation rules approved by the Buyer.
P:2.2 The Supplier shall connect the System to the Buyer's distributed control system (DCS) and safety instrumented system alarm panel, and shall provide alarm forwarding to the Buyer's emergency response platform.
P:2.3 The Supplier shall train 24 operators and six instrument technicians and shall deliver operating and maintenance manuals in Chinese.
P:2.4 The equipment shall have valid explosion-proof certificates issued in the People's Republic of China for the hazardous zones in which it is installed.
H:3. Price
P:3.1 The Contract Price is CNY 1,790,000, inclusive of VAT, packing, transport to site, insurance and all duties, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless gas detector (ATEX/CNEx)|220|3,150|693,000
TB:2|Wireless gateway|14|18,600|260,400
TB:3|Edge server with redundant power|2|46,800|93,600
TB:4|GasView Monitoring Software, perpetual site licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,433,000
TB:5|Installation, calibration and commissioning|1|212,000|212,000
TB:6|Integration with DCS and emergency response platform|1|118,000|118,000
TB:7|Training|1|27,000|27,000
TB:|Contract Price|||1,790,000
P:3.2 The Contract Price is fixed and covers all work needed to achieve Final Acceptance.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 179,000) within 20 days after signature, against the Supplier's invoice and a bank advance payment guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 984,500) within 20 days after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate does not mean acceptance of the System.
P:4.3 35% of the Contract Price (CNY 626,500) within 20 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all equipment to the site within 60 days and complete installation and commissioning within 110 days after signature.
P:5.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for 30 consecutive days in trial operation.
P:6.2 The acceptance criteria are: every detector responds to test gas and raises an alarm at the Monitoring Software within ten seconds; measured values are within the accuracy stated in the technical specification; all alarms are forwarded correctly to the DCS and the emergency response platform; no data gap longer than one minute occurs for any detector during trial operation; and all documents and training are complete.
P:6.3 If all criteria are met, the Buyer signs the Final Acceptance Certificate within seven days. Installation, commissioning, trial operation and use of the System do not amount to acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including sensor cells that fail before the end of their rated life, and shall supply Monitoring Software updates free of charge.
P:7.2 Fault levels and response times are set out below.
TB:Fault level|Description|Response time|On-site attendance
TB:Level 1|Monitoring Software or a gateway is down, or alarms are not forwarded|2 hours|24 hours
TB:Level 2|Individual detectors offline or drifting|8 hours|3 days
TB:Level 3|Queries and minor issues|2 business days|as agreed
P:7.3 For each hour of delay in responding to or attending a Level 1 fault, the Supplier shall pay the Buyer CNY 1,500, which the Buyer may deduct from any payment or the performance bond.
P:7.4 After the warranty period, the Buyer may buy annual support from the Supplier at 7.5% of the Hardware and Licence Subtotal, that is CNY 107,475 per year. This fee is fixed for the two years following the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Monitoring Software at the Buyer's Lianyungang site, including by its contractors acting for the Buyer.
P:8.2 The plant maps, alarm configurations, interface programs and reports developed for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely. The Supplier shall hand over their source code and configuration files at Final Acceptance.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only for performing this Contract and shall not use it for any other purpose.
P:9.2 The System shall be installed on the Buyer's plant network. Remote access by the Supplier is allowed only through the Buyer's remote access gateway, with approval for each session, and all sessions are logged. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:9.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the System or Buyer Data, shall help to contain it, and shall be liable for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract, including the Buyer's process and plant layout information, and shall not disclose it without the other party's prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors must hold the qualifications required for work in hazardous areas. The Supplier remains fully responsible for them.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Clause 5.2 reach their maximum.
P:12.2 On termination under Clause 12.1, the Supplier shall refund the amounts paid for equipment and services that have not been accepted, and the Buyer may claim its additional losses.
H:12A. Documentation, Spare Parts and Inspection
P:12A.1 The Supplier shall deliver, before Final Acceptance, the as-built drawings of detector locations, the calibration certificates of every detector, the gateway and server configuration records, the software installation media and licence keys, and the operating and maintenance manuals.
P:12A.2 The Supplier shall keep spare parts, sensor cells and replacement detectors of the supplied models available for at least eight years after Final Acceptance and shall inform the Buyer at least one year in advance of any model being discontinued.
P:12A.3 The Buyer may inspect the equipment at the Supplier's works or at the port of entry before shipment. Inspection does not relieve the Supplier of any obligation under this Contract.
P:12A.4 The Supplier shall arrange customs clearance of the imported equipment, bear the related costs and deliver the equipment to the Buyer's site duty paid.
P:12A.5 Neither party is liable for a delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effects.
H:13. Site Safety
P:13.1 The Supplier's personnel shall follow the Buyer's safety rules, work permit system and hot-work procedures, and shall wear the protective equipment required for each area.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the people's court with jurisdiction over the Buyer's domicile.
H:15. General
P:15.1 This Contract is made in English and Chinese, and the Chinese version prevails in case of inconsistency.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement No. WTS-TJ-MSA-2026-07**

**Between:** Tianjin Binhai Gaslink Energy Trading Co., Ltd., Tianjin Free Trade Zone, People's Republic of China ("Customer")

**And:** Wakrah Technology Services W.L.L., Al Wakrah, State of Qatar, acting for delivery in China through its wholly owned subsidiary Wakrah Technology Services (Tianjin) Co., Ltd. (together, "Provider")

Customer runs its trading, scheduling and settlement systems on servers in its own Tianjin data room and on a private cloud tenancy in Tianjin. Customer wishes Provider to operate this infrastructure as a managed service for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed infrastructure services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data stored on or processed by the managed infrastructure, including trading records, counterparty details, schedules, invoices, logs and backups.

## 2. Services

2.1 Provider shall provide the Services in Schedule 1 during the Term, to the service levels in Schedule 2, for the charges in Schedule 3.

2.2 Provider shall assign a named service delivery manager based in Tianjin and a team of engineers cleared by Customer.

2.3 Provider shall keep the run book, configuration management database and network diagrams up to date and available to Customer at all times.

## 3. Transition

3.1 Provider shall take over operation of the infrastructure in accordance with the transition plan agreed in writing, which provides for knowledge transfer from Customer's current provider, documentation review, monitoring set-up and a two-week parallel run.

3.2 Provider shall use reasonable efforts to complete the transition within 60 days after the date of this Agreement. If the transition is delayed, Provider shall submit a revised plan, and the parties shall agree a new date in good faith. No other consequence applies to a delay in transition.

## 4. Service Commencement Acceptance

4.1 Provider shall give notice when it is ready to start the Services. Customer shall check within ten working days that: all servers, storage, network devices and cloud resources in scope are monitored; backup jobs for all systems have completed and a test restore of each critical system has succeeded; the run book covers every critical system; and the parallel run has ended without a Priority 1 incident caused by Provider.

4.2 If the checks are passed, Customer signs the Service Commencement Certificate. Operation of the infrastructure by Provider before that date does not constitute acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value for the Term is CNY 2,368,000, inclusive of VAT.

5.2 The monthly service charge is invoiced monthly in arrears and is payable within 20 days of invoice. The transition charge is invoiced after the Service Commencement Certificate is signed. No amount is payable before the Service Commencement Date.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may access and use it only to perform the Services.

6.2 Provider shall keep all Customer Data in Customer's Tianjin data room and private cloud tenancy, access it only through Customer's privileged access management system with multi-factor authentication, and shall not copy it to any other location. Provider shall support Customer's multi-level protection scheme (MLPS) level 3 obligations.

6.3 Provider shall report any security incident affecting Customer Data or the managed infrastructure within one hour of detection, shall take immediate containment measures, and shall be liable for losses caused by its failure to comply with this Section 6.

## 7. Intellectual Property

7.1 Scripts, automation playbooks, run books, configuration baselines and reports produced by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to any successor provider.

7.2 Provider's pre-existing monitoring tools remain Provider's property; Provider grants Customer a free licence to use any of them that are needed to use the deliverables in 7.1.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's trading positions, prices and counterparty information, and shall not disclose it without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

9.2 Provider shall replace any engineer whom Customer reasonably objects to.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit in 10.1 does not apply to breach of Sections 6 or 8, personal injury or wilful misconduct.

## 11. Term and Exit

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 This Agreement may not be terminated by either party before the end of the Term. Service credits under Schedule 2 and the claims for damages under Section 10 are Customer's exclusive remedies for any failure of Provider to perform the Services, and Customer shall not be entitled to end this Agreement because of such failure.

11.3 In the last 90 days of the Term, Provider shall support the transfer of the Services to Customer or a successor provider, hand over all documentation and credentials, and return Customer Data.

## 11A. Governance and Reporting

11A.1 Provider shall deliver a monthly service report showing performance against each service level in Schedule 2, incidents and their root causes, changes made, backup and restore results, capacity trends and open risks.

11A.2 The parties shall hold a monthly service review in Tianjin and a quarterly steering meeting attended by Customer's IT director and Provider's regional delivery director. Minutes shall record agreed actions, owners and target dates.

11A.3 Provider shall carry out an annual disaster recovery test together with Customer, report its results and correct any weakness found at its own cost.

## 11B. Changes and Insurance

11B.1 Customer may request changes to the scope in Schedule 1. Provider shall respond within ten working days with the effect on charges and service levels. No change is binding until signed by both parties.

11B.2 Provider shall maintain professional indemnity and public liability insurance with reputable insurers during the Term and shall provide certificates on request.

11B.3 Neither party is liable for failure caused by force majeure, such as natural disaster, war or government action, if it notifies the other party promptly and takes reasonable steps to resume performance. Service credits do not apply to periods affected by force majeure.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Schedule 1 — Services

| Service element | Scope | Hours |
|---|---|---|
| Monitoring and event management | 64 physical servers, 210 virtual machines, 3 storage arrays, core and access network, private cloud tenancy | 24 × 7 |
| Incident and problem management | All in-scope infrastructure, root cause reports for Priority 1 and 2 incidents | 24 × 7 |
| Backup and restore | Daily backup of all systems, quarterly restore test of each critical system | 24 × 7 |
| Patch and vulnerability management | Monthly patch cycle, emergency patches for critical vulnerabilities | Business hours, changes at night |
| Change management | Standard and normal changes through Customer's change board | Business hours |
| Capacity and performance reporting | Monthly report and quarterly review | Business hours |

## Schedule 2 — Service Levels and Credits

| Measure | Service level | Service credit |
|---|---|---|
| Availability of the managed platform (monthly) | 99.95% | 3% of the monthly service charge for each 0.1 percentage point below, up to 25% |
| Priority 1 response | 15 minutes, at any time | CNY 2,000 per 30 minutes late |
| Priority 1 restoration | 3 hours | CNY 3,000 per hour late |
| Priority 2 response | 1 hour | CNY 500 per hour late |
| Backup jobs (monthly) | Every scheduled job completed, or re-run successfully within one day | 2% of the monthly service charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Service Commencement | 118,000 |
| Monthly service charge | 62,500 per month × 36 months | 2,250,000 |
| **Total contract value** | | **2,368,000** |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - LNG CARGO AND VESSEL TRACKING API

Agreement No. DED-SH-2026-0418

PARTIES

Dukhan Energy Data W.L.L., a company registered in Dukhan, State of Qatar ("Provider").

Shanghai Donghai Clean Energy Trading Co., Ltd., a company incorporated in the People's Republic of China, with its office in the Lingang area, Shanghai ("Customer").

BACKGROUND

Customer trades liquefied natural gas cargoes and needs reliable data on LNG carrier positions, loading and discharge events, terminal congestion and cargo flows for its trading and shipping desks. Provider collects and curates such data and makes it available through an application programming interface (API) and a web portal. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the vessel positions, port call events, cargo flow estimates, terminal status records, historical datasets and related data that Provider makes available through the Service.

1.2 "Service" means access to Provider Data through the API and the web portal, together with the support described in Clause 6.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first beginning on the Start Date.

1.4 "Start Date" means the date on which Customer confirms Integration Acceptance under Clause 4.

1.5 "Customer Data" means all data that Customer or its users submit to the Service, including watchlists, saved queries, alert settings, annotations and user account details, and the records of Customer's use of the Service.

1.6 "Custom Feeds" means the data feeds, field mappings and dashboards configured by Provider specifically for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable right to access and use Provider Data through the Service for Customer's internal trading, shipping, risk and analysis purposes, for up to 35 named users and up to 200,000 API calls per day.

2.2 Customer may store Provider Data received through the API in its internal systems and use it in internal reports. Customer may share limited extracts with its counterparties, banks and auditors in the ordinary course of business, but shall not resell Provider Data or publish it.

2.3 The Subscription Term consists of two Subscription Years starting on the Start Date.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 436,000 for each Subscription Year, CNY 872,000 for the two Subscription Years.

3.2 The one-time integration support fee is CNY 36,000. It covers API key provisioning, configuration of the Custom Feeds, mapping of Provider Data fields to Customer's trading system, and a two-day training session in Shanghai.

3.3 The total contract value is CNY 908,000, inclusive of VAT.

3.4 Provider invoices the subscription fee for each Subscription Year at the start of that Subscription Year; it is payable within 20 days of invoice. The integration support fee is invoiced after Integration Acceptance. Calls above the daily limit are charged at the overage rate in the Annex and are not part of the total contract value.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver the API credentials, the Custom Feeds and the historical dataset from 2019 onwards within 25 days after signature.

4.2 Integration Acceptance requires that: the Custom Feeds deliver all agreed fields to Customer's trading system; the historical dataset loads completely and matches Provider's published record counts; position updates for the vessels on Customer's watchlist arrive within ten minutes of receipt by Provider during a five-day test; and all 35 user accounts work with Customer's single sign-on.

4.3 Customer confirms Integration Acceptance in writing when the criteria are met. Access to the Service before that confirmation is for testing only and is not acceptance.

4.4 If Provider does not deliver the items in Clause 4.1 on time for reasons attributable to it, Provider shall pay Customer CNY 800 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance notified three days in advance.

5.2 If monthly availability falls below this level, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount, set off against the next invoice.

6. SUPPORT

6.1 Provider's support desk is staffed from 08:00 to 20:00 Gulf Standard Time on business days and monitors the Service around the clock.

6.2 Priority 1 incidents (the API or portal is unavailable, or data updates have stopped) will be responded to within 8 hours of Customer's report. Priority 2 incidents (data for a region or a feed is delayed or incomplete) will be responded to within one business day. Other requests are answered within three business days.

6.3 Provider shall inform Customer of any known data quality issue affecting Provider Data within one business day and correct it as soon as practicable.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer, and shall not analyse, aggregate, disclose or otherwise use it for any other purpose, including after the end of this Agreement.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access and annual independent security audits, and shall store Customer Data in a data centre in mainland China.

7.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take measures to contain it, and compensate Customer for losses caused by Provider's breach of this Clause 7.

7.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it.

8. INTELLECTUAL PROPERTY

8.1 Provider Data, the Service and all related software remain the property of Provider and its licensors.

8.2 The Custom Feeds, field mappings and dashboards configured for Customer, and any analysis Customer prepares using Provider Data, belong to Customer. Customer may use, modify and license the Custom Feeds and dashboards freely, including with another data provider.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's watchlists and trading interests, and shall not disclose it to any third party without prior written consent, during the Subscription Term and for three years afterwards.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the provision of the Service or the integration support without Customer's prior written consent, except for its data centre hosting provider named in the Annex. Provider remains responsible for any subcontractor.

11. RENEWAL

11.1 At the end of the Subscription Term, this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current period.

11.2 Provider may increase the subscription fee for any renewal period by up to 9% over the fee for the preceding Subscription Year by notifying Customer at least 45 days before the renewal date.

12. LIABILITY

12.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

12.2 Neither party is liable for loss of profits, trading losses or indirect loss. Provider does not warrant that Provider Data is complete or free of errors, but shall correct errors under Clause 6.3.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and continues for the Subscription Term and any renewal period.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

14A. COMPLIANCE

14A.1 Each party shall comply with the export control, sanctions and anti-corruption laws that apply to it. Provider confirms that Provider Data does not include personal information other than ship and company names and public contact details.

14A.2 Customer shall keep its API keys secure and shall inform Provider promptly if it suspects misuse. Provider may block a key that is clearly being misused and shall issue a new key immediately.

14A.3 Neither party is liable for a failure caused by force majeure, such as natural disaster, war, epidemic or government action, if it notifies the other party promptly. Service credits do not apply to periods affected by force majeure.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate as part of a reorganisation.

15.2 This Agreement and its Annex are the entire agreement of the parties on its subject.

ANNEX: Data fields and coverage; overage rates; hosting provider.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, language, source)
    "z01": ("h780z01_red_cross_body_organ_donation_registry.pdf", "pdf", "zh", Z01),
    "z02": ("h780z02_crib_factory_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h780z03_shoe_care_chain_ordering_membership_saas.txt", "txt", "zh", Z03),
    "z04": ("h780z04_education_bureau_scholarship_system_om.txt", "txt", "zh", Z04),
    "z05": ("h780z05_watercolour_workshop_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h780e01_bunker_delivery_licence_fujairah_vendor.pdf", "pdf", "en", E01),
    "e02": ("h780e02_helpdesk_saas_order_form_kalba_vendor.md", "md", "en", E02),
    "e03": ("h780e03_gas_detection_sensors_monitoring_licence.docx", "docx", "en", E03),
    "e04": ("h780e04_managed_infrastructure_36_month_wakrah.md", "md", "en", E04),
    "e05": ("h780e05_lng_tracking_data_api_subscription_dukhan.txt", "txt", "en", E05),
}

# price checks: (items, total, licence/hardware subtotal or None)
PRICES = {
    "z01": ([760000, 486000, 88000, 26000], 1360000, 760000),
    "z02": ([296000, 344000, 264000, 118000, 156000, 124000, 86000, 12000], 1400000, 1178000),
    "z03": ([216000 * 2, 36000 * 2, 78000], 582000, None),
    "z04": ([196000, 84000, 56000, 38000], 374000, None),
    "z05": ([368000, 176000, 42000, 8000], 594000, 368000),
    "e01": ([1260000, 348000, 164000, 38000], 1810000, 1260000),
    "e02": ([180 * 1380 * 2, 36000 * 2, 42000], 610800, None),
    "e03": ([220 * 3150, 14 * 18600, 2 * 46800, 386000, 212000, 118000, 27000], 1790000, 1433000),
    "e04": ([118000, 62500 * 36], 2368000, None),
    "e05": ([436000 * 2, 36000], 908000, None),
}
SUBTOTAL_PARTS = {"z02": [296000, 344000, 264000, 118000, 156000], "e03": [693000, 260400, 93600, 386000]}
# payment schedules: shares in % of the contract value with the stated amounts (checked against each other)
PAYMENTS = {
    "z01": [(20, 272000), (45, 612000), (35, 476000)],
    "z02": [(25, 350000), (50, 700000), (25, 350000)],
    "z05": [(55, 326700), (45, 267300)],
    "e01": [(10, 181000), (52, 941200), (38, 687800)],
    "e03": [(10, 179000), (55, 984500), (35, 626500)],
}
PERIODIC = {"z03": (63000, 4 * 2, 216000 * 2 + 36000 * 2), "z04": (93500, 4, 374000), "e02": (71100, 4 * 2, 568800),
            "e04": (62500, 36, 2250000)}

T = dict  # shorthand


def terms(avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (category, terms, extra without contract_value: sla_clause, ld_stated, capped (goods only), deemed)
    "z01": ("software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                              True, False, "PRC", G), (True, True, True, False)),
    "z02": ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, 50, 25, True, True, 36, 8, False, True,
                              True, "PRC", G), (True, True, True, False)),
    "z03": ("cloud", terms(99.5, 0.5, True, "buyer", True, False, True, 600 / 582000 * 100, 150, None, True, None,
                           None, None, True, True, False, "PRC", S), (True, True, None, False)),
    "z04": ("services", terms(99.95, 0.25, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                              False, True, False, "PRC", S), (True, True, None, False)),
    "z05": ("software", terms(None, None, False, "supplier", True, True, True, 0.02, None, 55, False, False, 3, 28,
                              False, True, None, None, G), (False, True, True, True)),
    "e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11, False, True,
                              False, "UAE", G), (True, True, True, False)),
    "e02": ("cloud", terms(99.95, 0.5, True, "buyer", False, True, True, 500 / 610800 * 100, 200, None, True, None,
                           None, None, False, True, True, "PRC", S), (True, True, None, False)),
    "e03": ("hardware", terms(None, 2, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 7.5, False,
                              True, False, "PRC", G), (True, True, True, False)),
    "e04": ("services", terms(99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None,
                              False, False, False, "PRC", S), (True, False, None, False)),
    "e05": ("cloud", terms(99.95, 8, True, "buyer", True, True, True, 800 / 908000 * 100, 6 / 24 * 100, None, True,
                           None, None, None, True, True, False, "PRC", S), (True, True, None, False)),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Fujairah courts; the law chosen fires the rule anyway

DESIGN = {
    "z01": [],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "high",
        "e03": "low", "e04": "high", "e05": "medium"}

# policy thresholds (§3) and the TCO share threshold (§3/§4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    t = LABELS[key][1]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not LABELS[key][2][2]:
        return None
    value, base = PRICES[key][1], PRICES[key][2] or PRICES[key][1]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * base * years
    return post / (value + post) * 100


def derive(key):
    """Rules from the labels, with this folder's reading of policy §3."""
    t = LABELS[key][1]
    sla, ld_stated, capped, deemed = LABELS[key][2]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated"
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label_json(key):
    name, fmt, lang, _ = FILES[key]
    cat, t, (sla, ld_stated, capped, deemed) = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = PRICES[key][1]
    d = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
         "expected_rules": DESIGN[key]}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
PATTERNS = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)",
    r"(?<![\d.,])0\.05(?!\d)",
    r"万分之五(?!十)",
    r"0\.5\s*‰",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:%|per\s*cent|percent)",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?|hrs?|-hour|h(?![a-z]))",
    r"(?<![一二三四五六七八九十两])四\s*个?\s*小时",
    r"(?<!twenty-)(?<!twenty)(?<!twenty )four\s*(?:\(4\)\s*)?-?hours?",
    r"(?<![\d.,])12\s*(?:个月|months?|-month)",
    r"十二\s*个月",
    r"twelve\s*(?:\(12\)\s*)?-?months?",
    r"(?:质保|保修)期?\s*(?:为)?\s*(?:一|1)\s*年(?!\d)",
    r"one[\s-]*year\s*warranty",
]]
MUST_HIT = ["99.9%", "availability of 99.9 %", "0.05%", "万分之五", "30%", "30 %", "15 per cent", "40percent",
            "100%", "100.0%", "百分之三十", "fifteen per cent", "4 hours", "4小时", "四小时", "four hours", "4-hour",
            "within 4h.", "12 months", "12个月", "十二个月", "twelve (12) months", "质保期为一年", "one-year warranty"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "130%", "150%", "115%", "7.5%", "1,300", "24小时", "二十四小时",
             "24 hours", "14 hours", "112 months", "万分之八", "12.5%", "340%", "3,150", "40家门店", "30 minutes",
             "15 minutes", "30分钟", "4 Hosting", "Article 4 Hardware", "twenty-four hours", "2 hours", "36 months"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            out += [m.group(0) for m in p.finditer(variant)]
    return out


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key in FILES:
        stem = FILES[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")

    # self-test of the scan
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))

    covered = set()
    for key, (name, fmt, lang, src) in FILES.items():
        items, total, base = PRICES[key]
        assert sum(items) == total, key
        if key in SUBTOTAL_PARTS:
            assert sum(SUBTOTAL_PARTS[key]) == base, key
        for share, amount in PAYMENTS.get(key, []):
            assert abs(total * share / 100 - amount) < 0.01, (key, share)
        if key in PAYMENTS:
            assert sum(a for _, a in PAYMENTS[key]) == total and sum(s for s, _ in PAYMENTS[key]) == 100, key
            assert all(s != TH["prepayment_pct"] for s, _ in PAYMENTS[key]), key
        if key in PERIODIC:
            amt, n, sub = PERIODIC[key]
            assert amt * n == sub, key
        t = LABELS[key][1]
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(key)
        assert rules == DESIGN[key], (key, rules, DESIGN[key])
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(rules)
        text = read_back(OUT / name)
        h = hits(text)
        assert not h, (name, h)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        print(f"{name}: {'chars' if lang == 'zh' else 'words'} {n}; rules {rules or '(none)'}; risk {risk}"
              + (f"; TCO share {share:.1f} %" if share is not None else ""))
        lab = json.loads((OUT / (name.rsplit('.', 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert lab["expected_rules"] == rules and lab["file"] == name

    assert covered == set(SEVERITY), set(SEVERITY) - covered
    counts = {k: len(DESIGN[k]) for k in FILES}
    assert [k for k in FILES if counts[k] == 0] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and RISK["e01"] == "low"
    assert 8 <= counts["z05"] <= 10
    assert sorted(k for k in FILES if 2 <= counts[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    print("all checks passed")


if __name__ == "__main__":
    main()
