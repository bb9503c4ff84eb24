"""holdout407: builds the ten blind ORDINARY draft contracts and their labels, and checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Writes the ten contracts (.pdf/.docx via
../word_pdf.py, .txt/.md directly) and the ten .json labels; derives each draft's expected rules from its labels by
my own reading of policy.md section 3 (no project code), checks them against the design list, asserts that all 20 CR
rules fire, scans every source and every built file (read back) for threshold figures, and prints text lengths.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 with X.Y)
H407Z01 = """T:危险化学品企业安全风险监测预警平台建设项目政府采购合同
P:合同编号：JZYJ-ZFCG-2026-017
P:采购人（甲方）：江州市应急管理局
P:地址：江州市滨江大道218号
P:供应商（乙方）：江州安图信息技术有限公司
P:地址：江州市高新区创业路66号
P:采购方式：公开招标（招标编号：JZCG2026-0412）
P:鉴于甲方为加强辖区危险化学品企业重大危险源的监测预警能力，依法组织本项目公开招标，乙方中标。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设危险化学品企业安全风险监测预警平台（以下简称"平台"），接入全市86家危险化学品生产、储存企业的重大危险源监测数据（储罐液位、温度、压力，可燃及有毒气体浓度，关键部位视频），实现实时监测、分级预警、处置闭环、统计分析和移动端查看。
P:1.2 工作内容包括：平台软件许可；企业接入及预警模型定制开发；与省级危险化学品安全生产风险监测预警系统及本局应急指挥"一张图"的对接；在甲方政务云上的部署实施；用户培训；质保期服务。
P:1.3 乙方应按需求规格说明书配备项目经理1名、开发及实施人员不少于8名，项目经理未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰陆拾伍万元整（¥2,650,000.00），含税。分项如下：
TB:序号|项目|金额（元）
TB:1|监测预警平台软件许可（永久授权，不限用户数）|1,380,000
TB:2|企业接入及预警模型定制开发|1,046,000
TB:3|部署实施及系统对接|188,000
TB:4|培训（管理人员及企业安全员）|36,000
TB:合计||2,650,000
P:2.2 合同总价已包含乙方完成本项目所需的软件、开发、实施、差旅、税费等全部费用，甲方不再另行支付任何费用。企业端采集设备由各企业自行配置，不在本合同范围内。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函后15个工作日内支付合同总价的20%作为预付款，计¥530,000。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，计¥1,192,500。
P:3.3 平台试运行满三个月并通过最终验收后，甲方支付合同总价的35%，计¥927,500，同时退还3.1条所述保函。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后120日内完成平台部署及全部企业接入，并提出初步验收申请。
P:4.2 乙方应在合同签订后10日内提交实施方案，经甲方确认后执行，并按周报告实施进度。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：需求规格说明书所列功能全部实现；86家企业监测数据接入率及数据完整率均不低于98%；预警信息自数据超限至推送给企业及属地监管人员不超过60秒；第三方机构出具的软件安全测评报告无高危漏洞。
P:5.2 最终验收在试运行满三个月后进行，标准为：试运行期间未发生一级故障；经人工核实的预警准确率不低于95%；向省级系统的数据上报连续30日无差错；乙方已移交全部源代码、数据字典、接口文档及运维手册。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划维护时间除外，计划维护应提前3个工作日经甲方同意，并安排在夜间进行）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或预警推送中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能或部分企业数据异常）1小时内响应，次日内解决；三级故障（咨询及一般问题）当日答复。
P:6.3 乙方响应或恢复每超时1小时，扣减当期应付款¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项从下一期应付款或履约保证金中抵扣。
H:第七条 质量保证及后续维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、季度巡检及接入企业变更配置服务。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%（即不超过¥124,200）；质保期满后前两个维护年度价格不变，此后如需调整，由双方书面协商确定，乙方不得单方提价。
H:第八条 知识产权
P:8.1 乙方保证所提供的软件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
P:8.2 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.3 为本项目定制开发的预警模型、接入程序、接口、报表及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改及再许可。
H:第九条 数据安全
P:9.1 平台采集、存储的企业监测数据、视频、预警及处置记录均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 平台部署于甲方政务云，乙方应落实网络安全等级保护第三级要求，远程运维须经甲方审批并通过堡垒机进行，全程留存审计日志；合同终止时乙方应删除其掌握的全部甲方数据并书面确认。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方由此遭受的损失。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、企业商业秘密及重大危险源信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应无偿整改；整改后仍不合格的，甲方有权拒收并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不得分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：江州市应急管理局    代表签字：__________    日期：2026年  月  日
P:乙方（盖章）：江州安图信息技术有限公司    代表签字：__________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
H407Z02 = """T:钢化炉控制系统改造及维保合同
P:合同编号：HX-GH-2026-031
P:甲方（买方）：华信玻璃（江门）有限公司
P:地址：江门市蓬江区棠下镇工业大道9号
P:乙方（卖方）：佛山瑞控自动化工程有限公司
P:地址：佛山市南海区桂城街道科技东路21号
P:鉴于甲方2号水平钢化炉原控制系统已运行多年，元器件老化，故障停炉频繁，甲方委托乙方对该炉控制系统进行改造，并由乙方提供质保期内外的维护保养服务。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同，以资共同遵守。
H:一、改造范围
P:（一）拆除原PLC控制柜、加热区温控单元及风栅风机调速装置，更换为乙方提供的新控制系统，原有炉体、辊道及加热丝保留利用。
P:（二）新控制系统包括：PLC控制柜两套、伺服驱动及电机、加热区温控模块（热电偶、固态继电器）、风栅风机变频器、工控机及HMI触摸屏、炉控软件许可（含工艺配方管理）。
P:（三）乙方为甲方定制开发控制程序，包括工艺配方库、加热曲线与风压曲线按玻璃厚度自动匹配、炉况报警、能耗统计及生产报表。
P:（四）乙方负责设备安装、拆旧、接线、冷调试、热调试及操作人员和维修人员培训。
H:二、合同价款
P:（一）合同总价为人民币壹佰柒拾叁万元整（¥1,730,000），含13%增值税，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜|2套|386,000
TB:2|伺服驱动及电机|1批|298,000
TB:3|加热区温控模块（热电偶、固态继电器）|1批|214,000
TB:4|风栅风机变频器|6台|168,000
TB:5|工控机及HMI触摸屏|2套|92,000
TB:6|炉控软件许可（永久）|1套|236,000
TB:|软硬件小计||1,394,000
TB:7|控制程序定制开发|1项|188,000
TB:8|安装拆旧及冷热调试|1项|126,000
TB:9|培训|1项|22,000
TB:|合同总价||1,730,000
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。拆除的旧设备归甲方所有。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的20%作为预付款，计¥346,000。
P:（二）设备到货并完成安装后10日内，甲方支付合同总价的55%，计¥951,500。
P:（三）热调试完成、钢化炉恢复生产后10日内，甲方支付合同总价的25%，计¥432,500。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、工期
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方现场，在甲方停炉后18日内完成安装及热调试。停炉时间由甲方根据生产计划确定，并提前7日通知乙方。
P:（二）乙方未能按期完成的，应增加人员、加班赶工，尽快完成改造，减少对甲方生产的影响。
H:五、验收
P:（一）热调试完成、钢化炉恢复正常生产后，即视为甲方验收合格，双方不再另行组织验收。
P:（二）甲方在安装及热调试过程中提出的问题，乙方应及时处理。
H:六、质量保证
P:（一）质保期为二十四个月，自钢化炉恢复生产之日起计算。质保期内，乙方免费维修或更换因质量原因损坏的设备部件，并免费修复控制程序缺陷。
P:（二）易损件（熔断器、继电器触点、指示灯等）不在免费更换范围内，乙方按成本价供应。
P:（三）质保期内乙方每季度上门巡检一次，检查控制柜、驱动器及传感器状态，并出具巡检报告。
H:七、维保服务
P:（一）故障分级：一级故障指钢化炉停炉或无法正常钢化；二级故障指部分功能异常但可维持生产；三级故障指其他一般问题。
P:（二）响应要求：一级故障30分钟内电话响应，6小时内工程师到达现场；二级故障2小时内响应，次日到场；三级故障1个工作日内答复。
P:（三）乙方响应或到场每超时1小时，应向甲方支付服务扣款¥500；同一月内因控制系统原因发生一级故障超过两次的，乙方另行支付¥5,000。
P:（四）质保期满后，甲方可与乙方签订年度维保协议，年度维保费为软硬件小计的8%，即每年¥111,520，质保期满后三个维保年度内不作调整；维保内容包括每季度巡检、故障维修及程序优化，更换部件按成本价另计。
H:八、知识产权
P:（一）炉控软件的原有知识产权归乙方所有，甲方获得永久使用许可，可随设备一并转让。
P:（二）定制控制程序、工艺配方库、HMI画面及其源程序的知识产权归甲方所有。乙方应在热调试完成后7日内移交全部源程序及注释，甲方可自行或委托第三方修改和使用。
H:九、数据安全
P:（一）控制系统产生的生产数据、工艺参数及配方均属于甲方，乙方不得复制、带走或用于其他目的。
P:（二）乙方远程维护须经甲方设备部书面批准，通过甲方提供的VPN账号进行，每次维护后关闭账号；乙方不得在控制网络中接入未经检测的移动存储介质。
P:（三）因乙方原因造成数据泄露、工艺配方外泄或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，承担全部责任并赔偿甲方损失。
H:十、保密
P:乙方对甲方的工艺配方、生产计划、客户信息等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露；本条在合同终止后继续有效。
H:十一、违约责任
P:（一）乙方逾期完成改造的，不向甲方支付违约金，双方另行协商补救措施。
P:（二）设备或控制程序质量不符合约定的，乙方应免费更换或修复，并赔偿甲方由此造成的直接损失。
H:十二、分包
P:未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:十三、合同解除
P:乙方严重违约且经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交江门仲裁委员会仲裁。
H:十五、不可抗力
P:因地震、台风、洪水、疫情等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方并提供证明，双方协商调整工期；受影响一方不承担相应责任，但应尽力减少损失。
H:十六、培训与资料
P:（一）乙方应在热调试期间对甲方操作人员进行现场培训，对维修人员进行不少于3天的专项培训，内容包括控制柜结构、程序结构、常见故障判断及配方修改方法。
P:（二）培训结束后，甲方操作人员应能独立完成开停炉、配方调用和常见报警处理，乙方对培训效果进行现场考核并出具记录。
P:（三）乙方应向甲方移交电气原理图、接线图、设备说明书、程序备份及操作手册各两套，并提供电子版。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单及技术参数、培训计划。
P:甲方（盖章）：华信玻璃（江门）有限公司    代表：__________    日期：2026年  月  日
P:乙方（盖章）：佛山瑞控自动化工程有限公司    代表：__________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- z03 (.txt, 1. / 1.1)
H407Z03 = """宠物医院病历及预约管理系统软件服务（SaaS）及实施合同

合同编号：AC-IT-2026-008
甲方：成都安宠动物医院管理有限公司
地址：成都市武侯区天府大道中段1388号
乙方：杭州宠管家科技有限公司
地址：杭州市西湖区文三路90号

鉴于甲方下属26家动物医院需要统一的电子病历、预约挂号、收费及会员管理系统，乙方提供"宠管家"云端软件服务，双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方26家医院及总部提供"宠管家"病历及预约管理软件服务，功能包括电子病历、预约挂号（含微信小程序）、收费及会员管理、药品库存、检验设备结果回传、总部经营报表。
1.2 乙方负责实施服务：26家医院的历史病历及会员数据迁移、与甲方现有血液分析仪及影像设备的接口开发、定制总部报表、系统配置和人员培训。
1.3 服务期为三个服务年度，自2026年4月1日起至2029年3月31日止。
1.4 乙方应提供7×24小时在线报障渠道（电话、微信及工单系统），并为甲方总部配备专属客户经理，负责日常沟通、需求收集、季度服务回顾及满意度调查。各医院的账号开通、权限调整和停用由甲方总部统一审批后由乙方执行。

2. 服务费用
2.1 本合同费用如下：
（1）医院端订阅费：每家医院每服务年度¥9,600，26家合计每服务年度¥249,600；
（2）总部管理端订阅费：每服务年度¥36,000；
（3）订阅费合计每服务年度¥285,600，三个服务年度合计¥856,800；
（4）实施费（数据迁移、接口开发、定制报表、培训）一次性¥168,000。
2.2 合同总价为¥1,024,800，含6%增值税。服务期内新增医院按每家每服务年度¥9,600按月折算。

3. 付款方式
3.1 实施费在上线验收合格后15日内一次性支付。
3.2 订阅费按季度后付，每季度结束后15日内支付当季订阅费¥71,400。
3.3 甲方不向乙方支付任何预付款。乙方收款前应开具增值税专用发票。

4. 实施及上线验收
4.1 乙方应在2026年5月31日前完成全部26家医院的数据迁移、接口开发和上线。
4.2 上线验收标准：历史病历和会员数据抽查准确率不低于99.8%且无缺失；血液分析仪和影像设备结果能自动回传至对应病历；预约、收费、库存功能按附件一功能清单逐项测试通过；门店高峰期页面响应时间不超过2秒；定制报表与甲方财务数据核对一致。
4.3 验收合格后双方签署上线验收单。系统上线使用不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥800。

5. 服务水平
5.1 系统月可用率不低于99.5%，计划维护应安排在凌晨1点至5点之间，并提前48小时通知甲方。
5.2 故障分级：一级故障指全部或多家医院无法登录、预约或收费；二级故障指单家医院或部分功能异常；三级故障指一般咨询。
5.3 一级故障30分钟内响应，2小时内恢复；二级故障1小时内响应，当日解决；三级故障1个工作日内答复。
5.4 月可用率低于约定值的，按当季订阅费的3%扣减服务费；一级故障响应每超时1小时，扣减¥300。

6. 数据安全与数据权属
6.1 甲方在系统中录入和产生的病历、检验结果、会员及宠物主人个人信息等数据均属于甲方。乙方仅为提供本合同服务处理该数据，不得用于任何其他目的，不得以脱敏或汇总方式另行使用。
6.2 乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对数据加密存储和传输，实行最小权限访问控制并保存操作日志。
6.3 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方因此承担的赔偿及行政处罚。
6.4 合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密、经营数据及客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

8. 知识产权
8.1 "宠管家"平台软件的知识产权归乙方所有。
8.2 为甲方定制开发的总部报表、设备接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用和修改。

9. 续约
9.1 本合同期满前30日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，并可依此多次续展。
9.2 每次续展时，乙方有权单方上调订阅单价，上调幅度不超过上一服务年度单价的8%。

10. 责任限制
10.1 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

12. 合同解除
12.1 任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。乙方连续两个月可用率低于约定值的，甲方有权解除合同。

13. 项目管理与培训
13.1 双方各指定一名项目负责人，负责实施期间的需求确认、进度协调和问题处理。乙方应每周提交实施周报，说明各医院上线进度、数据迁移情况和遗留问题。
13.2 乙方应为每家医院的前台、医生和药房人员提供现场或远程培训，并为总部管理人员提供报表使用培训；培训材料和操作视频归甲方使用。
13.3 服务期内乙方推出的新版本、新功能应免费向甲方开放，但需另行定制的功能除外。乙方应在版本更新前5个工作日通知甲方，重大变更应先在测试环境中由甲方确认。
13.4 甲方新开设医院的，乙方应在接到甲方书面通知后10个工作日内完成开通、基础数据配置和人员培训，费用按本合同2.2条计算。

14. 不可抗力
14.1 因自然灾害、战争、政府行为、公共网络大面积故障等不可抗力导致无法履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应采取措施减少损失。

15. 通知
15.1 双方的通知应以书面形式送达本合同首部所列地址或双方确认的电子邮箱，电子邮件发送成功即视为送达。
15.2 双方联系人或联系方式变更的，应提前3个工作日书面通知对方，未通知的，按原地址送达即视为有效送达。

16. 法律适用及争议解决
16.1 本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

17. 其他
17.1 本合同自双方签章之日起生效，一式两份，双方各执一份。附件一：功能清单；附件二：医院名单。

甲方（盖章）：成都安宠动物医院管理有限公司    代表：__________    日期：2026年  月  日
乙方（盖章）：杭州宠管家科技有限公司    代表：__________    日期：2026年  月  日
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 with （1）)
H407Z04 = """12366纳税服务热线系统2026年度运维服务合同

项目编号：JZSW-CS-2026-003（竞争性磋商）
采购人（甲方）：国家税务总局江州市税务局
地址：江州市和平路56号
成交供应商（乙方）：江州信联通信技术服务有限公司
地址：江州市经开区长江路301号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就12366纳税服务热线系统2026年度运维服务事项，经协商一致，订立本合同。

第一条 服务范围
（1）运维对象：12366纳税服务热线系统，包括软交换及排队机、IVR自助语音、录音系统、座席客户端、知识库、工单系统及与电子税务局的接口，以及相关服务器、存储和网络设备。
（2）服务内容：驻场运维、日常巡检、故障处理、系统配置变更、知识库及工单系统维护、备品备件保障、等级保护测评配合及安全加固、重大节点（征期、汇算清缴期）保障。
（3）服务期：2026年1月1日至2026年12月31日。

第二条 服务人员
（1）乙方派驻场工程师4名，工作日8:30至17:30在甲方机房值守，征期及汇算清缴期延长至20:00；非工作时间安排工程师电话值班。
（2）驻场人员须经甲方审查，签署保密承诺书后方可上岗；乙方更换驻场人员须提前10日经甲方同意。

第三条 服务费用
（1）服务费总额为人民币玖拾伍万贰仟元整（¥952,000），含税。明细如下：
驻场运维服务费 ¥528,000；
呼叫中心平台（软交换、IVR、录音）维护费 ¥216,000；
知识库及工单系统维护费 ¥98,000；
备品备件费 ¥64,000；
等保测评配合及安全加固费 ¥46,000。
（2）上述费用为固定总价，服务期内不作调整。
（3）服务期内因甲方业务调整需增加座席数量或扩容系统的，属于本合同运维范围内的配置工作由乙方免费完成；涉及新增软硬件采购的，由甲方另行依法采购，乙方提供技术配合。

第四条 付款方式
（1）服务费按季度支付，每季度¥238,000，在该季度考核完成后20个工作日内支付。
（2）本合同不设预付款。乙方请款时应提交考核结果确认单及增值税发票。

第五条 服务水平
（1）热线系统月可用率不低于99.95%（经甲方批准的计划维护时间除外）。
（2）一级故障（热线全部中断、IVR无法接入或座席无法接听）15分钟内响应，1小时内到场，2小时内恢复；二级故障（部分座席或部分功能异常）30分钟内响应，6小时内解决；三级故障（一般问题）1个工作日内解决。
（3）重大节点前乙方应完成专项巡检及应急演练，并提交保障方案。

第六条 考核与验收
（1）甲方每季度按附件考核细则对乙方考核，考核项目包括系统可用率、故障响应及恢复时间、巡检完成率、工单处理及时率、文档完整性。
（2）服务期满后，甲方组织年度验收，验收标准为：全年考核均达到合格；运维文档、配置台账、知识库更新记录完整移交；等级保护测评中无因运维原因产生的高风险问题。
（3）乙方按时交付服务不等于验收合格，验收以甲方出具的书面验收意见为准。

第七条 考核扣款及违约责任
（1）月可用率每低于约定值0.01个百分点，扣减当季服务费¥2,000；一级故障响应或恢复每超时30分钟，扣减¥1,000。
（2）乙方未能在2026年1月1日按时进场提供服务的，每逾期一日，按合同总价的千分之一支付违约金。
（3）乙方在本合同项下的累计赔偿总额（含违约金及考核扣款）以合同总价的百分之五十为限。

第八条 数据安全
（1）热线系统中的纳税人信息、通话录音、工单记录等数据均属于甲方，乙方仅可为履行运维职责访问，不得复制、下载、留存或用于任何其他目的。
（2）乙方运维操作须通过甲方堡垒机进行，严禁在运维终端存储纳税人数据；涉及数据的操作须经甲方审批并双人复核。
（3）发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任及甲方损失。

第九条 保密
（1）乙方及其人员对在服务中知悉的国家秘密、工作秘密、纳税人信息及系统配置信息负有保密义务，不得向任何第三方泄露。保密义务不因合同终止而解除。

第十条 知识产权
（1）乙方在服务中为甲方编写的运维脚本、知识库条目、应急预案及运维文档，知识产权归甲方所有，甲方可自由使用和修改。

第十一条 分包
（1）乙方可将机房空调及UPS巡检、录音存储介质更换等非主体工作分包给第三方，但应提前书面告知甲方，并对分包方的工作承担责任。

第十二条 合同解除
（1）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

第十三条 合同期满
（1）本合同服务期满后自动终止，不自动续期；后续服务由甲方依法重新组织采购。

第十四条 重大节点保障
（1）每年征期、个人所得税汇算清缴期及重大政策发布期间，乙方应增派工程师现场值守，提前完成系统容量评估、线路检查和应急切换演练，并形成保障报告报甲方备案。
（2）保障期间发生一级故障的，乙方项目负责人应在30分钟内到达甲方现场，协同甲方启动应急预案。

第十五条 不可抗力
（1）因自然灾害、公共通信网络故障等不可抗力导致服务中断的，乙方应立即通知甲方并采取措施尽快恢复服务，在不可抗力影响范围内不承担违约责任。

第十六条 运维交接
（1）服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商完成运维交接，移交全部账号口令、配置台账、运维文档、知识库及未结工单，并配合完成交接测试。
（2）交接完成前，乙方不得撤离驻场人员或停止服务。

第十七条 文档与报告
（1）乙方应每月5日前提交上月运维月报，内容包括系统运行情况、可用率统计、故障清单及处理结果、巡检记录、变更记录和下月工作计划。
（2）乙方应建立并持续更新设备台账、配置台账、账号台账和应急预案，每季度报甲方备案；重大变更须提交变更方案，经甲方批准后在业务低峰时段实施，并做好回退准备。
（3）乙方驻场人员应遵守甲方机房管理制度和考勤制度，进出机房须登记，离岗须向甲方报备。
（4）乙方应每半年组织一次应急演练，演练场景包括软交换主备切换、录音系统故障和线路中断，演练方案和总结报告须报甲方备案，发现的问题应限期整改。

第十八条 争议解决
（1）因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十九条 其他
（1）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。附件：运维服务考核细则。

甲方（盖章）：国家税务总局江州市税务局    代表：__________    日期：2025年12月  日
乙方（盖章）：江州信联通信技术服务有限公司    代表：__________    日期：2025年12月  日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条", supplier's template)
H407Z05 = """# 仓智WMS仓储管理软件许可及实施合同

> 广州仓智软件有限公司 标准合同文本 V3.0（2026版）

**合同编号：** CZ-WMS-2026-0219

**甲方（买方）：** 肇庆岭南本草凉茶饮料有限公司，地址：肇庆市高要区金利镇工业园8号

**乙方（卖方）：** 广州仓智软件有限公司，地址：广州市天河区天河北路233号

甲方为提升成品仓、原料仓及包材仓的管理水平，向乙方采购仓智WMS仓储管理软件许可及定制开发、实施服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓智WMS标准版软件许可（永久授权，含RF手持终端授权60个），覆盖甲方成品仓、原料仓及包材仓共三个仓库。

1.2 乙方按甲方需求提供定制开发：批次及保质期管理（先到期先出）、与甲方ERP及MES系统接口、月台预约、经销商提货看板。

1.3 乙方负责软件部署、基础数据初始化、上线支持及培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓智WMS标准版软件许可（永久） | 620,000 |
| 2 | 定制开发（批次保质期、ERP/MES接口、月台预约、看板） | 410,000 |
| 3 | 实施部署及数据初始化 | 96,000 |
| 4 | 培训 | 24,000 |
| | **合同总价** | **1,150,000** |

上述价格含6%及13%增值税。甲方自行提供服务器、网络及RF手持终端硬件。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%作为预付款，计¥632,500。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，计¥402,500。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的10%，计¥115,000。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

## 第四条 实施周期

4.1 乙方应在收到预付款后90日内完成系统上线，甲方应按乙方要求及时提供业务数据和配合人员。

## 第五条 验收

5.1 系统上线稳定运行满30日后，乙方提交验收申请。

5.2 验收标准：按双方签字的《需求确认书》功能清单逐项测试通过；库存账实相符率不低于99.8%；ERP与WMS出入库单据同步无差错；RF扫描作业响应时间不超过1秒。

5.3 甲方应在收到验收申请后10日内组织验收；验收合格的，双方签署验收报告。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 一级故障（系统无法登录或无法出入库）乙方在接到报修后8小时内响应；二级故障1个工作日内响应；三级故障3个工作日内响应。

6.3 乙方按上述时限尽力处理故障，但不因响应或处理超时承担扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费为软件许可费的35%，即每年¥217,000，包括远程支持、缺陷修复及版本升级。

7.2 年度维护费在每个维护年度开始前一次性支付。

## 第八条 知识产权

8.1 仓智WMS软件及乙方为甲方定制开发的全部程序、接口、报表及其源代码、文档的知识产权均归乙方所有。

8.2 甲方在本合同范围内获得非独占、不可转让的使用权，不得自行或委托第三方修改、反编译定制程序。

## 第九条 数据

9.1 甲方业务数据存储于甲方服务器。乙方实施及维护人员仅在甲方授权范围内访问，远程访问须使用甲方提供的账号并记录日志。乙方应采取必要的安全措施防止数据泄露；因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应赔偿责任。

9.2 乙方有权将甲方的库存、出入库等业务数据经脱敏处理后，用于乙方产品改进、算法训练及行业分析报告。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.3 任何一方均不承担间接损失、利润损失或商誉损失。

## 第十二条 双方义务

12.1 甲方应指定项目负责人，及时确认需求、提供基础数据（物料、库位、客户、供应商资料）并组织关键用户参加测试和培训。

12.2 乙方应指派有仓储行业实施经验的项目经理，按双方确认的实施计划推进，每两周提交一次项目进度报告。

12.3 甲方提出超出《需求确认书》范围的需求变更的，双方另行评估工作量和费用，以书面变更单确认后执行。

## 第十三条 培训

13.1 乙方应为甲方仓库主管、仓管员、叉车司机及信息部人员提供分岗位培训，培训内容包括收货、上架、拣货、盘点、发货、RF终端操作及系统管理，并提供培训手册及操作视频。

13.2 系统上线前乙方应组织不少于两轮模拟演练，上线首周派实施顾问驻场支持，协助处理现场问题。

13.3 甲方负责提供满足乙方《部署环境要求》的服务器、数据库、网络及RF无线覆盖，并负责系统的日常数据备份；乙方应在部署时协助甲方制定备份策略，并在上线前完成一次恢复演练。

13.4 甲方自行升级操作系统、数据库或更换服务器的，应提前通知乙方，乙方提供必要的技术配合。

13.5 乙方应在系统上线时向甲方移交系统管理员账号、数据库账号及全部配置说明，甲方有权随时修改密码。

## 第十四条 不可抗力

14.1 因自然灾害、政府行为等不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十五条 合同解除

15.1 任何一方严重违约，经守约方书面催告后30日内未纠正的，守约方有权解除合同。

## 第十六条 争议解决

16.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交广州仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，双方另行签署的补充协议与本合同不一致的，以补充协议为准。

甲方（盖章）：肇庆岭南本草凉茶饮料有限公司　　代表：__________　　日期：2026年  月  日

乙方（盖章）：广州仓智软件有限公司　　代表：__________　　日期：2026年  月  日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N, Norwegian vendor)
H407E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NP-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Nidaros Planning AS, a company registered in Norway (organisation number 921 448 306), with its office at Kongens gate 14, 7011 Trondheim, Norway (the "Vendor"); and
P:(2) Foshan Huameng Appliance Components Co., Ltd., a company registered in the People's Republic of China, with its office at 8 Xingye Road, Shunde District, Foshan, Guangdong (the "Customer").
P:Background: The Customer manufactures motors, thermostats and wiring harnesses for household appliances in two plants in Foshan. It wishes to replace its spreadsheet-based production planning with the Vendor's advanced planning and scheduling software, NidPlan, and to have the Vendor configure it, connect it to the Customer's ERP and MES systems and train its planners. At the Customer's request all prices in this Agreement are stated and paid in CNY.
H:Article 1 Definitions
P:1.1 "Software" means the NidPlan planning server, planner client and shop-floor terminal modules in the versions listed in Annex 1, with their documentation and all updates supplied under this Agreement.
P:1.2 "Services" means the implementation, configuration, interface, data-migration and training services described in Annex 2.
P:1.3 "Custom Deliverables" means the configurations, planning rules, interfaces, reports and scripts made by the Vendor specifically for the Customer under this Agreement.
P:1.4 "Go-Live" means the first day on which the Customer's planners use the Software to issue the production plan for both plants.
P:1.5 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's plants for its internal business, for the numbers of users and terminals set out in Article 3.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may let its contractors use the Software on its behalf.
H:Article 3 Prices
P:3.1 The prices are fixed and include all taxes payable in China:
P:(a) Planning server licence: CNY 420,000;
P:(b) Planner user licences, 45 named users at CNY 9,800 each: CNY 441,000;
P:(c) Shop-floor terminal licences, 30 terminals at CNY 3,600 each: CNY 108,000;
P:Licence subtotal: CNY 969,000;
P:(d) Implementation and configuration: CNY 386,000;
P:(e) ERP and MES interfaces: CNY 154,000;
P:(f) Training of planners and key users: CNY 41,000.
P:3.2 The total contract price is CNY 1,550,000 (the "Contract Price"). No other fee, expense or travel cost is payable for the scope in Annex 2.
H:Article 4 Payment and Delivery
P:4.1 The Customer shall pay the Contract Price as follows: 20% (CNY 310,000) within 20 days after signature of this Agreement; 45% (CNY 697,500) within 20 days after Go-Live; and 35% (CNY 542,500) within 20 days after Final Acceptance.
P:4.2 Each payment is due against a valid Chinese VAT invoice issued by the Vendor's appointed invoicing agent in China.
P:4.3 The Vendor shall achieve Go-Live within 150 days after signature. If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. The Customer shall then test it against the acceptance criteria in Annex 3, which include: all functions listed in Annex 2 working as described; a full weekly plan for both plants generated in less than ten minutes; orders, routings and stock reconciled between the Software and the ERP system without difference; the MES interface returning completions within five minutes; and all documentation delivered.
P:5.2 If the criteria are met, the Customer shall issue the Final Acceptance certificate within ten business days. If not, the Vendor shall correct the defects at its own cost and the test shall be repeated.
P:5.3 Go-Live, productive use of the Software and any payment do not amount to Final Acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants for 18 months after Final Acceptance that the Software will perform substantially in accordance with its documentation and that the Services were performed with due skill and care. During this period the Vendor will correct reported defects and supply all updates free of charge.
P:6.2 The warranty does not cover defects caused by modifications made by anyone other than the Vendor or its approved partners.
H:Article 7 Support After the Warranty
P:7.1 After the warranty period the Customer may order annual support. The Annual Support Fee is 11% of the Licence subtotal, that is CNY 106,590 per year, and will not change for the first three support years. Any later change requires the written agreement of both parties.
P:7.2 Annual support is ordered by the Customer's purchase order for each support year and does not renew automatically.
P:7.3 Support covers updates, new versions and help with the use of the Software.
H:Article 8 Support Requests
P:8.1 The Customer may report problems with the Software by e-mail or through the Vendor's support portal at any time.
P:8.2 The Vendor will use commercially reasonable efforts to respond to and resolve support requests within a reasonable time, taking into account the nature of the problem. The Vendor does not commit to any response time, resolution time or service level, and no service credits apply.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables pass to the Customer on creation. The Vendor shall deliver their source files with the Final Acceptance documentation, and the Customer may use, modify and license them to third parties without restriction.
P:9.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and pay the resulting costs and damages.
H:Article 10 Customer Data and Security
P:10.1 All production, order, customer and personnel data that the Customer loads into or creates with the Software ("Customer Data") belong to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose.
P:10.2 The Software is installed on the Customer's servers in Foshan. The Vendor's staff may access it remotely only through the Customer's VPN with an individual account approved by the Customer for each session; all sessions are logged. The Vendor shall not copy Customer Data outside the Customer's systems, and shall use only anonymised test data prepared by the Customer for testing at its own premises.
P:10.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law. It shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, help the Customer to contain it, and be responsible for all losses, fines and costs the Customer suffers from an incident caused by the Vendor or its staff.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, production volumes, customer lists and software documentation, and shall use it only for this Agreement.
P:11.2 This obligation does not apply to information that is public or lawfully received from a third party, and continues for three years after this Agreement ends.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 This limit does not apply to breach of Article 10, infringement claims under Article 9.3, personal injury, or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Term and No Termination for Breach
P:14.1 This Agreement starts on signature and continues until the end of the warranty period, except that the licence under Article 2 is perpetual.
P:14.2 The licences are perpetual and the Services are fixed-price commitments. Neither party may terminate this Agreement for breach. If the Vendor breaches this Agreement, the Customer's remedies are re-performance of the Services, the liquidated damages in Article 4.3 and damages under Article 12.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to reduce the effects. Deadlines are extended by the period of the delay.
H:Article 16 Governing Law and Disputes
P:16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in English and Chinese. The award is final and binding on both parties.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Software and versions), Annex 2 (Scope of Services), and Annex 3 (Acceptance criteria), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:17.2 This Agreement is made in English and Chinese; both versions have equal force.
P:Signed for the Vendor: ____________________  Name: Ingrid Solberg, Managing Director  Date:
P:Signed for the Customer: ____________________  Name: Liang Weiming, General Manager  Date:
"""

# ---------------------------------------------------------------- e02 (.md, Order Form + General Terms, Section N.N)
H407E02 = """# ORDER FORM — TraceFin Seafood Traceability Service

**Order Form No.** HS-OF-2026-0088

**Vendor:** Hafsyn ehf., Borgartún 26, 105 Reykjavík, Iceland (company ID 540219-1180)

**Customer:** Qingdao Haixin Aquatic Products Co., Ltd., 17 Haigang Road, Huangdao District, Qingdao, Shandong, People's Republic of China

This Order Form is entered into under, and incorporates, the Hafsyn General Terms printed below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Form

### 1. Service

1.1 TraceFin is a hosted service that records the origin, catch, landing, processing batches, cold-chain temperatures and export certificates of seafood, and lets the Customer's buyers check a product's history by scanning a code.

1.2 The Service covers the Customer's processing plant in Huangdao, its two cold stores and eleven supplier landing points (14 sites in total), with unlimited named users.

1.3 The Service is hosted for the Customer in a data centre of Vendor's cloud partner in mainland China.

1.4 The Service includes the TraceFin web application, the mobile recording app for landing points, the temperature-logger connector for the Customer's existing loggers, the consumer scan pages in Chinese and English, and the export-certificate module. Functions released to all customers during the Subscription Term are included at no extra charge.

1.5 Vendor shall provide support in Chinese and English through its portal, by e-mail and by telephone, from 08:00 to 20:00 China time on working days, and by telephone for Priority 1 incidents at all times.

1.6 Each party names a contact person in Annex A. The Customer's contact approves site set-up, user roles and label templates during onboarding.

### 2. Subscription Term

2.1 The Subscription Term consists of two Subscription Years: Subscription Year 1 runs from 1 June 2026 to 31 May 2027, and Subscription Year 2 from 1 June 2027 to 31 May 2028.

2.2 This Order Form ends at the end of Subscription Year 2 and does not renew automatically. Any continuation requires a new Order Form signed by both parties.

### 3. Fees

At the Customer's request all fees are stated and invoiced in CNY.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | per Subscription Year | 186,000 |
| Site subscriptions, 14 sites at CNY 6,500 | per Subscription Year | 91,000 |
| Subscription fees per Subscription Year | | 277,000 |
| Subscription fees for the Subscription Term (two Subscription Years) | | 554,000 |
| Onboarding (configuration, data import, label templates, training) | one-time | 48,000 |
| **Total contract value** | | **602,000** |

3.1 Subscription fees are invoiced quarterly in arrears, CNY 69,250 at the end of each quarter of the Subscription Term.

3.2 The onboarding fee is invoiced after Go-Live Acceptance.

3.3 No amount is payable in advance. Invoices are payable within 30 days.

3.4 The fees are fixed for the Subscription Term. Sites added during the Subscription Term are charged at CNY 6,500 per Subscription Year, pro rata by month, and sites removed reduce the fees from the next quarter.

### 4. Onboarding and Go-Live Acceptance

4.1 Vendor shall complete onboarding by 31 May 2026.

4.2 Go-Live Acceptance requires: all 14 sites set up and able to record batches; 60 days of historical batch data imported and reconciled with the Customer's ERP; temperature loggers at both cold stores reporting every ten minutes; consumer scan pages working for three test products; and training delivered to at least 25 users. The Customer signs a Go-Live Acceptance certificate when all of these are met. Use of the Service before that is not acceptance.

4.3 If Go-Live Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay CNY 500 for each day of delay.

### 5. Service Levels

5.1 Monthly availability of the Service: 99.95%, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 China time.

5.2 Support priorities: Priority 1 (Service unavailable or no batches can be recorded) — response within 1 hour, workaround within 8 hours; Priority 2 (a function impaired) — response within 8 business hours; Priority 3 (questions) — response within 2 business days.

5.3 Service credits: if monthly availability falls below 99.95%, Vendor credits 5% of the monthly share of the subscription fees for each 0.1 percentage point below, up to half of that monthly share; each late Priority 1 response earns a credit of CNY 300.

**Signed for Vendor:** ____________________ Name: Sigrún Jónsdóttir, CEO  Date:

**Signed for Customer:** ____________________ Name: Zhang Haibo, General Manager  Date:

## Part B — Hafsyn General Terms

### Section 1 Use of the Service

1.1 Vendor grants the Customer and its users the right to use the Service during the Subscription Term for the Customer's business.

1.2 The Customer is responsible for its users' accounts and for the accuracy of the data it enters.

### Section 2 Customer Data

2.1 All data that the Customer or its suppliers enter into the Service, and all records produced from it ("Customer Data"), belong to the Customer.

2.2 Vendor may use Customer Data only to provide the Service to the Customer and for no other purpose. Vendor shall not sell or disclose Customer Data to others.

2.3 At the end of the Subscription Term Vendor shall make Customer Data available for export in CSV format for 30 days, after which it may delete it.

### Section 3 Security

3.1 Vendor gives no undertaking on security measures beyond those described in its online documentation, which it may change from time to time. Vendor is not responsible for any unauthorised access to, loss of or disclosure of Customer Data, however caused.

### Section 4 Customer Configurations

4.1 The label templates, batch rules, reports and site configurations that Vendor prepares for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and let third parties use them without restriction. Vendor keeps its rights in the Service and its software.

### Section 5 Confidentiality

5.1 Each party shall keep confidential the non-public information it receives from the other party, including prices, supplier lists and business plans, and use it only for the Agreement. This obligation continues for three years after the Agreement ends.

### Section 6 Subcontractors

6.1 Vendor may not subcontract any part of the Service, other than hosting by the cloud partner named in Part A and approved by the Customer's signature, without the Customer's prior written consent.

### Section 7 Liability

7.1 Vendor's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

### Section 8 Term and Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

8.2 The Customer may also terminate if monthly availability falls short of the level in Part A, clause 5.1, in three consecutive months.

8.3 On termination by the Customer for Vendor's breach, Vendor shall refund any fees paid for the period after termination.

### Section 9 Governing Law and Disputes

9.1 At the Customer's request, the Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

### Section 10 Customer Responsibilities

10.1 The Customer shall provide the master data needed for onboarding (species list, supplier list, product codes, site addresses), make its quality staff available for the configuration workshops, and keep its temperature loggers in working order.

10.2 The Customer shall not use the Service to store data that it has no right to process, and shall make sure that its suppliers who record data at landing points have agreed to do so.

### Section 11 Changes to the Service

11.1 Vendor may improve the Service during the Subscription Term, provided that no change reduces the functions ordered in Part A or the service levels. Vendor shall announce material changes to the user interface at least 30 days in advance and provide updated user guides in Chinese.

### Section 12 Force Majeure

12.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or a general failure of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Availability lost because of such an event is still reported.

### Section 13 General

13.1 Notices must be in writing and sent to the addresses in the Order Form.

13.2 Neither party may assign the Agreement without the other party's written consent.

13.3 The Agreement is made in English and Chinese, both versions having equal force.
"""

# ---------------------------------------------------------------- e03 (.docx, numbered clauses, Word price table, buyer's paper)
H407E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN TEMPERATURE MONITORING EQUIPMENT
P:Contract No. JHGS-EQ-2026-021
P:Buyer: Jilin Hengfeng Grain Storage Co., Ltd., 55 Liangku Road, Gongzhuling, Jilin Province, People's Republic of China (the "Buyer").
P:Supplier: Läänemets Sensors OÜ, Riia 181A, 50411 Tartu, Estonia (registry code 14627390) (the "Supplier").
P:Whereas the Buyer operates a grain depot at Gongzhuling with 16 flat warehouses and 8 steel silos, and selected the Supplier after competitive negotiation to supply, install and commission a wireless grain temperature and humidity monitoring system, the parties agree as follows. This Contract is on the Buyer's standard form. At the Buyer's request all prices are in CNY.
H:1. Scope
P:1.1 The Supplier shall supply the equipment and software listed in clause 2, install the temperature cables in all 24 storage units, install the gateways and the weather stations, set up the monitoring software on the Buyer's server, calibrate all sensors and train the Buyer's staff.
P:1.2 The system shall measure grain temperature at every sensor point at least every 30 minutes, show it on a three-dimensional map of each storage unit, raise alarms for hot spots and sudden temperature rises, and export data to the provincial grain reserve supervision platform.
H:2. Price
P:2.1 The Contract Price is fixed and includes delivery to the depot, import duties, VAT, installation, calibration and training:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital grain temperature cables, 8 sensor points each|640|1,150|736,000
TB:2|Temperature and humidity probes|96|1,850|177,600
TB:3|Wireless gateways|24|9,400|225,600
TB:4|Weather stations|2|28,500|57,000
TB:5|GrainSense monitoring software, perpetual licence, one depot|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,382,200
TB:6|Installation and cabling|1 lot||212,000
TB:7|Commissioning and calibration|1 lot||64,800
TB:8|Training|1 lot||21,000
TB:|Contract Price|||1,680,000
P:2.2 No other amount is payable for the scope of this Contract.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 168,000) as an advance within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% (CNY 924,000) within 20 days after all equipment has been delivered to the depot and the Buyer has signed the delivery note. Signing the delivery note confirms quantities only and is not acceptance.
P:3.3 35% (CNY 588,000) within 20 days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's agent in China.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 75 days after signature and complete installation and commissioning within 40 days after delivery, outside the harvest intake season agreed with the Buyer.
P:4.2 For each day of delay in delivery or in readiness for Final Acceptance caused by the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price. Payment of these damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 After commissioning the system shall run for 30 consecutive days. Final Acceptance requires: every sensor point online and reporting; measured temperatures within ±0.5 °C of a reference thermometer on a sample of 5% of the points; alarms tested for hot spots in at least one warehouse and one silo; data received by the provincial platform for 30 consecutive days; and all manuals, calibration certificates and as-built drawings delivered.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance certificate within ten business days. Delivery, installation, use of the system or any payment is not acceptance.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment free of charge, including parts, labour and travel, and correct software defects.
P:6.2 The Supplier shall keep spare temperature cables and gateways equal to 2% of the installed quantity at the depot during the warranty period.
H:7. Support After the Warranty
P:7.1 After the warranty period the Buyer may order annual support at 6% of the Hardware and Licence Subtotal, that is CNY 82,932 per year, which is fixed for the first three support years. Support includes repair, software updates and one site visit a year.
P:7.2 Support is ordered for each support year by purchase order and does not renew automatically.
H:8. Service Levels During the Warranty and Support
TB:Severity|Description|Response|On-site or fix
TB:Severity 1|Monitoring software or more than one gateway down|1 hour|48 hours
TB:Severity 2|One gateway or up to 10 cables not reporting|8 business hours|5 business days
TB:Severity 3|Other faults and questions|2 business days|next site visit
P:8.1 For each hour by which the Supplier misses a Severity 1 response or fix time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it as damages.
H:9. Intellectual Property
P:9.1 The Supplier keeps its rights in the GrainSense software and grants the Buyer a perpetual licence to use it at the depot.
P:9.2 The storage-unit maps, alarm rules, configurations, calibration records and reports prepared for the Buyer belong to the Buyer, which may use, modify and share them freely, including with the grain reserve authorities.
H:10. Data Security
P:10.1 All grain condition data, storage records and depot drawings are the Buyer's data. The Supplier may use them only to perform this Contract.
P:10.2 The monitoring software runs on the Buyer's server at the depot. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:10.3 The Supplier shall report any security incident affecting Buyer data within 12 hours, help the Buyer to contain it, and be liable for the Buyer's losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's depot, stocks, reserve quantities and prices, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 4.2 reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun.
H:16. Packing, Transport and Site Obligations
P:16.1 The Supplier shall pack the equipment for transport by sea and rail and for storage in an unheated warehouse, and shall mark every package with the contract number and the storage unit for which it is intended. Risk in the equipment passes to the Buyer when the Buyer signs the delivery note.
P:16.2 The Buyer shall give the Supplier's installers access to the storage units on working days, provide power at each gateway location, arrange the lifting equipment needed in the silos and name a depot engineer to coordinate the work. The Supplier's installers shall follow the depot's safety rules, including the rules on fumigation, confined spaces and work at height.
H:17. Training and Documentation
P:17.1 The Supplier shall train up to 12 depot staff on site for three days, covering the daily use of the monitoring software, alarm handling, cable replacement and basic gateway fault finding, and shall provide manuals in Chinese.
P:17.2 The Supplier shall deliver as-built drawings of all sensor positions and gateway locations, calibration certificates for every cable and a spare-parts list with prices valid during the warranty period.
H:18. Force Majeure
P:18.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or transport closures, provided that it notifies the other party within five days and takes reasonable steps to limit the effects. Deadlines are extended by the period of the delay.
H:19. General
P:19.1 This Contract is made in English and Chinese; both versions have equal force. It enters into force on signature by both parties.
P:For the Buyer: ____________________  Name: Sun Jianguo, General Manager  Date:
P:For the Supplier: ____________________  Name: Mart Kask, Member of the Management Board  Date:
"""

# ---------------------------------------------------------------- e04 (.md, upper-case headings, schedules as tables)
H407E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. DITS-CN-2026-007

**BETWEEN**

**Daugava IT Services SIA**, a company registered in Latvia (registration No. 40103958821), Krišjāņa Valdemāra iela 33, Riga, LV-1010, Latvia ("Provider"); and

**Ningbo Yongsheng Garments Co., Ltd.**, a company registered in the People's Republic of China, 99 Chenxin Road, Yinzhou District, Ningbo, Zhejiang ("Customer").

**BACKGROUND**

Customer makes knitted and woven garments for export and has a head office in Ningbo and three factories in Ningbo, Yuyao and Cixi with about 420 computers and laptops. Customer wants Provider, which already serves several textile exporters, to run its IT service desk and manage its end-user devices, so that Customer's small internal IT team can concentrate on the ERP system. At Customer's request all charges are in CNY.

## 1. DEFINITIONS

In this Agreement: "Services" means the services described in Schedule 1; "Service Start Date" means the day after Transition Acceptance; "Transition" means the work described in Schedule 2; "Customer Data" means all data of Customer, its employees and its customers that Provider or its staff can access when performing the Services; and "Service Levels" means the levels set out in Schedule 3.

## 2. SERVICES

2.1 Provider shall perform the Services from the Service Start Date for a term of 24 months (the "Term").

2.2 Provider shall perform the Services with suitably skilled staff, in Chinese and English, following ITIL practice and Customer's IT policies as notified to Provider.

2.3 Provider shall keep two named on-site engineers in Ningbo during business hours and run the remote service desk from its service centre.

2.4 Provider shall keep the device inventory, the configuration records and the knowledge base up to date in Customer's systems, so that Customer always has a current record of its IT estate.

## 3. TRANSITION

3.1 Provider shall complete the Transition by 30 September 2026.

3.2 Transition Acceptance requires: all devices in Schedule 1 enrolled in the management tool with current inventory data; the service desk answering calls and tickets for two weeks in shadow mode with at least 90% of tickets correctly classified; runbooks for the fifty most frequent requests agreed with Customer; and the knowledge base handed over. Customer signs a Transition Acceptance certificate when these criteria are met; starting the Services or paying any charge is not acceptance.

3.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 4. The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Start Date.

4.2 No charge is payable in advance. Invoices are payable within 30 days after receipt of a valid VAT invoice issued by Provider's agent in China.

4.3 The charges are fixed for the Term. Devices added or removed change the Monthly Service Charge only as stated in Schedule 4.

## 5. SERVICE LEVELS

5.1 Provider shall aim to meet the Service Levels in Schedule 3 and shall report its performance against them every month.

5.2 The Service Levels are targets. No service credits, fee reductions or other compensation apply to any failure to meet them.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider may access and use Customer Data only to perform the Services and for no other purpose, and shall not keep it after the Term.

6.2 Provider shall access Customer's systems only through the management tool and remote-access gateway approved by Customer, with individual accounts and multi-factor authentication, and shall keep access logs for the Term. Provider's staff shall not copy Customer Data to their own devices.

6.3 Provider shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law. It shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it and be liable for Customer's losses, fines and costs arising from an incident caused by Provider or its staff.

## 7. INTELLECTUAL PROPERTY

7.1 The runbooks, scripts, device configurations, knowledge articles and reports that Provider prepares for Customer belong to Customer, which may use and modify them and give them to any successor provider.

7.2 Provider keeps its rights in its own tools and methods.

## 8. LIABILITY

8.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 4, except for personal injury, wilful misconduct and breach of clause 6, which are not limited.

## 9. SUBCONTRACTING

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice.

10.3 On expiry or termination Provider shall give reasonable help for up to 60 days to transfer the Services to Customer or a new provider, at the rates in Schedule 4.

## 11. CUSTOMER RESPONSIBILITIES

11.1 Customer shall give Provider timely access to its offices, devices and systems as needed for the Services, keep its software licences valid, and name an IT coordinator who approves changes and priorities.

11.2 Customer shall tell Provider in advance of office moves, new factories and large device purchases, so that Provider can plan the work.

## 12. GOVERNANCE AND CHANGES

12.1 The parties shall hold a monthly service meeting in Ningbo or online to review the monthly service report, open problems and planned changes, and a quarterly review with Customer's management.

12.2 Either party may propose a change to the Services. Provider shall describe the effect of the change on the Services and the charges within ten business days. A change takes effect only when both parties sign it.

## 13. FORCE MAJEURE

13.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.

## 14. GOVERNING LAW AND DISPUTES

14.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 15. GENERAL

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. It is made in English and Chinese; both versions have equal force.

## SCHEDULE 1 — SERVICES

| Service | Scope |
|---|---|
| Service desk | Calls, e-mail and portal tickets in Chinese and English, 7:30–20:00 China time, Monday to Saturday |
| On-site support | Two engineers at the Ningbo head office; visits to the three factories at least twice a week |
| Device management | 420 Windows computers and laptops: patching, antivirus, software distribution, inventory |
| Account administration | Joiners, movers and leavers; password resets; mailbox and file-share permissions |
| Reporting | Monthly service report and quarterly service review |

## SCHEDULE 2 — TRANSITION

| Step | Work | Target |
|---|---|---|
| 1 | Discovery of devices, accounts and current tickets | 31 July 2026 |
| 2 | Enrolment of all devices in the management tool | 31 August 2026 |
| 3 | Runbooks, knowledge base and shadow operation | 20 September 2026 |
| 4 | Transition Acceptance | 30 September 2026 |

## SCHEDULE 3 — SERVICE LEVELS

| Priority | Description | Response | Resolution |
|---|---|---|---|
| P1 | Factory or office unable to work, or a security incident | 30 minutes | 6 hours |
| P2 | A department or key user unable to work | 1 hour | 1 business day |
| P3 | A single user affected, with a workaround | 8 business hours | 3 business days |
| Service desk | Calls answered within 60 seconds | 90% of calls | monthly |

## SCHEDULE 4 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 66,000 |
| Monthly Service Charge (up to 440 devices) | per month | 58,000 |
| Monthly Service Charges for the Term | 24 months | 1,392,000 |
| **Total Contract Value** | | **1,458,000** |
| Each device above 440 | per device per month | 130 |
| Exit help under clause 10.3 | per engineer day | 2,400 |

**Signed for Provider:** ____________________ Name: Jānis Ozols, Board Member  Date:

**Signed for Customer:** ____________________ Name: Chen Yongsheng, Chairman  Date:
"""

# ---------------------------------------------------------------- e05 (.txt, numbered clauses, Lithuanian vendor)
H407E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. BVD-2026-CN-031

Between:

Baltic Vessel Data UAB, a company registered in the Republic of Lithuania (company code 305918264), Konstitucijos pr. 21A, LT-08130 Vilnius, Lithuania ("BVD"); and

Shenzhen Nanhai Freight Forwarding Co., Ltd., a company registered in the People's Republic of China, 3 Gangwan Avenue, Shekou, Nanshan District, Shenzhen, Guangdong ("Customer").

Background

BVD collects vessel positions from terrestrial and satellite AIS receivers, port-call records and schedule data, and supplies them through a data API (the "API"). Customer books ocean freight for importers and exporters in South China and wants to show its clients live vessel positions and predicted arrival times in its own booking and tracking portal. The parties therefore agree as follows. All fees are stated and paid in CNY.

1. Definitions

1.1 "Subscription Year" means each of the two periods described in clause 3.1.

1.2 "Data" means the vessel position, port-call, schedule and predicted-arrival data supplied through the API.

1.3 "Customer Data" means the queries, vessel watch-lists, shipment references, user accounts and any other data that Customer or its users send to or store in the API.

1.4 "Integration Acceptance" means Customer's written confirmation under clause 5.

2. The Service

2.1 BVD shall give Customer access to the API, including the vessel position, port-call history, schedule and predicted-arrival endpoints described in Annex 1, with up to 3,000,000 API calls per month.

2.2 BVD shall provide integration support: a test environment, sample code, two remote workshops with Customer's developers, mapping of Customer's shipment references to vessel voyages, and a configured watch-list service for Customer's active shipments.

2.3 Customer may display the Data to its own clients in its booking and tracking portal and in reports to them. Customer may not resell the Data as a data feed.

2.4 BVD shall give Customer at least 90 days' notice before it withdraws or changes an endpoint in a way that is not backward compatible, and shall keep the old version available during that period.

2.5 Customer shall keep its API keys secure, use them only in its own systems and tell BVD without delay if a key may have been disclosed, so that BVD can replace it.

3. Term

3.1 The subscription runs for two Subscription Years: from 1 July 2026 to 30 June 2027 and from 1 July 2027 to 30 June 2028.

3.2 This Agreement ends at the end of the second Subscription Year and does not renew automatically. A continuation requires a new written agreement.

4. Fees and Payment

4.1 The fees are:
(a) API subscription: CNY 168,000 per Subscription Year, CNY 336,000 for both Subscription Years;
(b) integration support: CNY 24,000 one-time.
The total contract value is CNY 360,000.

4.2 API calls above 3,000,000 in a month are charged at CNY 0.02 per call, invoiced with the next quarterly invoice.

4.3 The subscription fee is invoiced quarterly in arrears, CNY 42,000 per quarter. The integration support fee is invoiced after Integration Acceptance. No amount is payable in advance.

4.4 Invoices are payable within 30 days after receipt. The fees are fixed for the term of this Agreement.

5. Integration Acceptance

5.1 BVD shall provide production API keys and complete the integration support by 15 July 2026.

5.2 Integration Acceptance requires: all endpoints in Annex 1 answering in Customer's test environment; at least 98% of a sample of 500 of Customer's shipment references correctly matched to vessel voyages; median API response time under 400 milliseconds during a 7-day test; and position updates for vessels in the Pearl River Delta no older than ten minutes. Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Using the API in production before that is not acceptance.

5.3 If production keys or Integration Acceptance are delayed for reasons attributable to BVD, BVD shall pay Customer CNY 300 for each day of delay.

6. Service Levels

6.1 BVD shall make the API available 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and carried out on Sundays between 01:00 and 04:00 China time.

6.2 Incident priorities and response times: Priority 1 (the API unavailable or returning no Data) — response within 1 hour and restoration within 6 hours; Priority 2 (an endpoint impaired, or Data delayed by more than 30 minutes) — response within 2 hours and restoration within 1 business day; Priority 3 (questions and minor errors) — response within 2 business days.

6.3 Service credits: if availability in a month is below 99.95%, BVD shall credit 5% of the monthly share of the subscription fee for each 0.1 percentage point or part of it below that level, up to half of that monthly share. Each late Priority 1 response or restoration earns a further credit of CNY 500. Credits are deducted from the next invoice.

6.4 BVD shall publish a monthly availability and incident report to Customer.

7. Customer Data and Security

7.1 Customer Data belongs to Customer. BVD may use Customer Data only to provide the API and support to Customer and for no other purpose, and shall not use it, in identifiable, aggregated or anonymised form, for its own products, analytics or other customers.

7.2 BVD shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff with multi-factor authentication, and logging of all access. BVD holds ISO 27001 certification and shall keep it during the term.

7.3 BVD shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take immediate steps to contain it, and be responsible for Customer's losses and costs arising from an incident caused by BVD or its staff. BVD shall comply with the data protection laws that apply to its processing, and the parties shall sign any data transfer documents that the PRC Personal Information Protection Law requires.

7.4 At the end of this Agreement BVD shall return Customer Data in a common format and then delete it, and confirm the deletion in writing.

8. Intellectual Property

8.1 BVD keeps all rights in the API, its software and the Data, subject to the rights granted to Customer in clause 2.3.

8.2 The shipment-to-voyage mappings, watch-list configurations and sample integration code prepared for Customer under clause 2.2 belong to Customer, which may use, modify and license them without restriction.

9. Confidentiality

9.1 Each party shall keep confidential all non-public information it receives from the other party, including prices, client names, shipment volumes and technical documentation, and use it only for this Agreement. This obligation continues for three years after this Agreement ends.

10. Liability

10.1 Each party's total liability under this Agreement is limited to 200% of the total contract value stated in clause 4.1, except for liability for breach of clauses 7 and 9, personal injury, fraud or wilful misconduct, which is not limited.

10.2 Neither party is liable for indirect loss or loss of profit, except under clause 7.

11. Subcontracting

11.1 BVD shall not subcontract any part of the service to a third party without Customer's prior written consent. The satellite AIS data providers listed in Annex 2 are approved by Customer's signature of this Agreement. BVD remains responsible for all approved subcontractors.

12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

12.2 Customer may also terminate this Agreement if availability is below the level in clause 6.1 in three consecutive months.

12.3 If Customer terminates under clause 12.1 or 12.2, BVD shall refund any fees paid for the period after termination.

12.4 On expiry or termination, Customer shall stop calling the API and may keep Data already displayed in reports to its clients before that date.

13. Force Majeure

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war or the failure of public networks, if it notifies the other party without delay and takes reasonable steps to limit the effects.

14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the Republic of Lithuania.

14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Vilnius Court of Commercial Arbitration under its rules. The seat of arbitration is Vilnius and the language is English.

15. General

15.1 This Agreement, with Annex 1 (API endpoints) and Annex 2 (approved data providers), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

15.2 Neither party may assign this Agreement without the other party's written consent.

Signed for Baltic Vessel Data UAB: ____________________  Name: Tomas Jankauskas, Director  Date:

Signed for Shenzhen Nanhai Freight Forwarding Co., Ltd.: ____________________  Name: Huang Zhiqiang, General Manager  Date:
"""


# ================================================================ labels
def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
# design: key -> (file, lang, category, terms, extra, design_rules, tco_fee_base, forum_outside_mainland)
DESIGN = {
    "h407z01": ("h407z01_emergency_bureau_hazchem_monitoring_platform.pdf", "zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
                  False, "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 2650000},
                [], 1380000, False),
    "h407z02": ("h407z02_glass_works_tempering_furnace_control_retrofit.docx", "zh", "hardware",
                T(None, 0.5, True, "buyer", True, True, True, None, None, 20, False, False, 24, 8, False, True,
                  False, "PRC", G),
                {"sla_clause": True, "ld_stated": False, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": True, "contract_value": 1730000},
                ["CR-ACCEPTANCE", "CR-LD-MISSING"], 1394000, False),
    "h407z03": ("h407z03_pet_hospital_chain_records_booking_saas.txt", "zh", "cloud",
                T(99.5, 0.5, True, "buyer", True, True, True, 800 / 1024800 * 100, 200, None, True, None, None,
                  None, True, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 1024800},
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], None, False),
    "h407z04": ("h407z04_tax_bureau_hotline_annual_maintenance.txt", "zh", "services",
                T(99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True,
                  True, None, S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 952000},
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, False),
    "h407z05": ("h407z05_herbal_tea_plant_wms_supplier_template.md", "zh", "software",
                T(None, 8, False, "supplier", True, False, True, 0.02, 20, 55, True, True, 6, 35, False, True,
                  None, "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1150000},
                ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                620000, False),
    "h407e01": ("h407e01_norway_aps_planning_licence_services.pdf", "en", "software",
                T(None, None, False, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, False,
                  False, "PRC", G),
                {"sla_clause": False, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1550000},
                ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"], 969000, False),
    "h407e02": ("h407e02_iceland_seafood_traceability_saas_order_form.md", "en", "cloud",
                T(99.95, 1, True, "buyer", False, True, True, 500 / 602000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 602000},
                ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None, False),
    "h407e03": ("h407e03_estonia_grain_depot_temperature_sensors.docx", "en", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 6, False, True, False,
                  "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1680000},
                [], 1382200, False),
    "h407e04": ("h407e04_latvia_managed_service_desk_endpoints.md", "en", "services",
                T(None, 0.5, False, "buyer", True, True, False, 900 / 1458000 * 100, 150, None, True, None, None,
                  None, False, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 1458000},
                ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], None, False),
    "h407e05": ("h407e05_lithuania_vessel_data_api_subscription.txt", "en", "cloud",
                T(99.95, 1, True, "buyer", True, True, True, 300 / 360000 * 100, 200, None, True, None, None, None,
                  False, True, False, "Lithuania", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 360000},
                ["CR-GOVERNING-LAW"], None, True),
}
SRC = {"h407z01": H407Z01, "h407z02": H407Z02, "h407z03": H407Z03, "h407z04": H407Z04, "h407z05": H407Z05,
       "h407e01": H407E01, "h407e02": H407E02, "h407e03": H407E03, "h407e04": H407E04, "h407e05": H407E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty fee on the itemised licence/hardware base."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_out):
    """My own reading of policy.md section 3, from the labels only."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ================================================================ threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    ("availability 99.9", NUM + r"99\.90*(?![\d])"), ("availability zh", r"百分之九十九点九(?![一二三四五六七八九〇零])"),
    ("P1 4 h", NUM + r"4\s*(个)?\s*(小时|hours?\b|hrs?\b|h\b|-hour)"), ("P1 四小时", r"(?<![十二三])四\s*个?\s*小时"),
    ("P1 four hours", r"(?<!twenty-)(?<!twenty)four[\s-]*hours?"), ("P1 240 min", NUM + r"240\s*(分钟|minutes?)"),
    ("LD 0.05", NUM + r"0\.050*\s*%"), ("LD 万分之五", r"万分之五(?![十百])"), ("LD zh pct", r"百分之零点零五"),
    ("cap 100", NUM + r"100\s*(%|per\s*cent|percent)"), ("cap 百分之百", r"百分之(一)?百(?![分])"),
    ("cap words", r"one[\s-]*hundred[\s-]*(per\s*cent|percent)"),
    ("pre 30", NUM + r"30\s*(%|per\s*cent|percent)"), ("pre 百分之三十", r"百分之三十(?![一二三四五六七八九点])"),
    ("pre 三成", r"三成"), ("pre words", r"thirty[\s-]*(per\s*cent|percent)"),
    ("war 12 m", NUM + r"12\s*(个\s*月|months?|-month)"), ("war 十二个月", r"(?<![一二三四五六七八九])十二\s*个\s*月"),
    ("war twelve", r"twelve[\s-]*months?"), ("war 一年", r"一\s*年"), ("war one year", r"one[\s-]*years?"),
    ("war 1 year", NUM + r"1\s*(years?\b|-year)"),
    ("pwf 15", NUM + r"15\s*(%|per\s*cent|percent)"), ("pwf 百分之十五", r"百分之十五(?![点])"),
    ("pwf words", r"fifteen[\s-]*(per\s*cent|percent)"),
    ("tco 40", NUM + r"40\s*(%|per\s*cent|percent)"), ("tco 百分之四十", r"百分之四十(?![一二三四五六七八九点])"),
    ("tco 四成", r"四成"), ("tco words", r"forty[\s-]*(per\s*cent|percent)"),
    ("horizon 5 y", NUM + r"5\s*(年|years?\b|-year)"), ("horizon 五年", r"(?<![十〇零])五\s*年"),
    ("horizon five years", r"five[\s-]*years?"), ("horizon 60 m", NUM + r"60\s*(个\s*月|months?)"),
    ("horizon sixty", r"sixty[\s-]*months?"), ("horizon 六十个月", r"六十\s*个\s*月"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years",
            "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "二十四小时", "twenty-four hours", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "14 hours", "130%", "0.30%", "2026年", "十五年代",
             "240,000", "6 months", "36个月", "1.5 years", "三十六个月", "25 years", "0.050.5", "2026年12月31日"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in RX:
            for m in rx.finditer(variant):
                out.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DESIGN.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in DESIGN.items():
        if v[0].endswith((".txt", ".md")):
            (OUT / v[0]).write_text(SRC[k], encoding="utf-8")
    covered = set()
    bad = []
    for k, (fname, lang, cat, t, x, design, base, forum) in DESIGN.items():
        rules = derive(t, x, base, forum)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, base)
        assert share is None or abs(share - 40) > 2, (k, share)
        back = read_back(OUT / fname)
        n = len(back) if lang == "zh" else len(back.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        h = hits(SRC[k]) + hits(back)
        if h or not ok:
            bad.append((k, n, h[:5]))
        print(f"{fname:62s} {lang} {'chars' if lang == 'zh' else 'words'}={n:5d} {'OK' if ok else 'OUT OF RANGE'}"
              f" risk={risk(rules):6s} tco_share={'-' if share is None else round(share, 2)} rules={rules}")
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 CR rules covered")
    for b in bad:
        print("PROBLEM", b)
    assert not bad


if __name__ == "__main__":
    main()
