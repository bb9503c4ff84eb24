"""holdout1015: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written as they stand; .docx / .pdf go through ../word_pdf.py (PDF lines broken at word boundaries).
- Labels are derived from DESIGN below; the expected rules are derived from the labels by this file's own reading of
  policy §3 and compared with the design list; rule coverage, text lengths, threshold values and a threshold-figure
  scan of every built file (as read back: raw, whitespace-collapsed, whitespace-free) are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1015Z01 = """
T:衢州市人力资源和社会保障局失业保险待遇发放平台采购合同
P:合同编号：QZRS-ZC-2026-118
P:采购项目：失业保险待遇发放平台软件许可及定制开发（政府采购，采购方式：公开招标）
P:甲方（采购人）：衢州市人力资源和社会保障局
P:乙方（供应商）：浙江瓯信软件科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供失业保险待遇发放平台软件（以下简称“平台”）的永久使用许可，并按招标文件技术需求完成定制开发、部署实施、数据迁移和培训。
P:1.2 定制开发内容包括：失业保险金及代缴医疗保险费测算模块；与公安、民政、市场监管及就业登记数据的资格比对接口；与五家代发银行的批量代发接口；待遇发放对账及稽核报表。
P:1.3 平台部署于市政务云，乙方应配合甲方完成等级保护测评和商用密码应用安全性评估。
P:1.4 乙方交付的全部软件应适配甲方指定的国产操作系统、数据库和中间件，并与人社一体化经办系统统一身份认证对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,110,000元（大写：贰佰壹拾壹万元整），为固定总价，含税费及乙方履行本合同所需的全部费用。
P:2.2 价款构成：平台软件许可费1,180,000元；定制开发费736,000元；部署实施及数据迁移费158,000元；培训费36,000元。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即422,000元。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即949,500元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即738,500元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付期限与项目管理
P:4.1 乙方应在合同签订之日起120日内完成部署实施并提交初步验收申请，在初步验收合格之日起70日内提交最终验收申请。
P:4.2 乙方应指定具有高级项目经理资格的项目经理常驻甲方现场，未经甲方同意不得更换；每周提交项目周报，重大事项及时书面报告。
P:4.3 乙方应对甲方业务经办人员、信息中心运维人员分批开展操作及运维培训，培训不少于六个批次，并提供培训教材。
P:4.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即105,500元，可采用银行保函形式；平台最终验收合格且乙方无未了结违约责任的，甲方在10个工作日内无息退还。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能清单逐项实现；（2）历史待遇数据迁移后逐笔核对一致，差错为零；（3）资格比对接口与五家代发银行接口联调通过，连续10个工作日无差错；（4）在300个并发用户下主要业务查询响应时间不超过3秒。
P:5.2 初步验收合格后进入60日试运行。最终验收标准：（1）试运行期间无一级故障；（2）第三方安全测评和等级保护测评无高危问题；（3）商用密码应用安全性评估通过；（4）用户手册、源代码及运维文档交付齐全。
P:5.3 甲方组织验收小组按上述标准验收并出具书面验收报告。平台上线运行、甲方使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级、因政策调整引起的参数配置及技术支持。
P:6.2 服务水平：质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。一级故障（待遇无法发放或批量代发中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障下一工作日内解决。
P:6.3 乙方未达到6.2约定的，一级故障每迟延响应或恢复1小时，甲方扣减应付款或履约保证金800元；月可用率每低于约定值0.01个百分点，扣减1,500元。
P:6.4 质保期内乙方每季度对平台进行一次巡检，提交巡检报告及安全加固建议；每月待遇集中发放日前后，乙方应安排工程师现场值守。
P:6.5 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过106,200元），前三个维护年度不得上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同定制开发的模块、接口程序、报表及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所交付成果不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的参保人员个人信息、银行账户信息及待遇发放数据均属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的。
P:8.2 乙方人员须经甲方审批后通过堡垒机访问系统，操作全程留痕，不得将任何数据复制或带离政务云环境；开发测试须使用甲方提供的脱敏数据。
P:8.3 乙方应遵守《数据安全法》《个人信息保护法》，发生或可能发生数据泄露、篡改、丢失的，应立即采取补救措施并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的其他法律责任。
P:8.4 合同终止或履行完毕后，乙方应在10个工作日内删除或交还其掌握的甲方数据，并出具书面确认。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担连带责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将合同义务全部或部分转让、转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
P:12.3 合同解除后，乙方应配合甲方完成数据、源代码及文档的移交。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：衢州市人力资源和社会保障局　　乙方（盖章）：浙江瓯信软件科技有限公司
P:签订日期：2026年12月　日
"""

H1015Z02 = """
T:蒸汽拖把生产线控制系统改造合同
P:合同编号：JWJ-SB-2026-047
P:甲方：慈溪市洁万家清洁电器有限公司
P:乙方：宁波恒拓自动化工程有限公司
P:甲方为提升蒸汽拖把总装及测试生产线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（总装线四条、密封测试及包装线两条）的控制系统改造，包括PLC控制柜更换、人机界面、伺服驱动、传感器及视觉检测相机的供货与安装，产线数据采集及监控软件的许可与部署，PLC与人机界面程序编写、联调及培训。
P:1.2 改造应分线实施，每条线停线切换时间不超过72小时，不得影响甲方其余产线的正常生产。具体停线计划由双方书面确认。
P:1.3 乙方应在合同生效后15日内提交详细设计方案，包括电气图纸、I/O点表、网络拓扑和切换方案，经甲方书面确认后实施。
H:第二条 合同价格
P:2.1 本合同总价为人民币1,410,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜改造（含PLC、I/O模块、低压元件）|6套|588,000
TB:2|触摸屏人机界面|6套|87,000
TB:3|伺服驱动及传感器（含视觉检测相机）|1批|212,000
TB:4|产线数据采集及监控软件许可（6条线，永久）|1套|264,000
TB:|软硬件小计||1,151,000
TB:5|PLC及人机界面编程、联调|1项|168,000
TB:6|安装及停线切换|1项|73,000
TB:7|培训|1项|18,000
TB:|合同总价||1,410,000
P:2.2 上述价格为固定价格，包含设备、软件、运输、保险、安装、调试、培训及税费。
P:2.3 设备均应为全新原厂正品，PLC、伺服驱动品牌以技术协议为准，乙方不得以其他品牌替代。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即282,000元。
P:3.2 全部设备到货并经双方清点签收后10个工作日内，甲方支付合同总价的35%，即493,500元。到货签收仅确认数量和外观，不视为验收。
P:3.3 六条生产线全部通过最终验收后15个工作日内，甲方支付合同总价的45%，即634,500元。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同生效后45日内完成全部设备到货，在合同生效后100日内完成六条生产线的改造并提交最终验收申请。
P:4.2 因甲方原因（包括停线计划变更、场地未具备施工条件）造成工期延误的，工期相应顺延，乙方应及时书面通知甲方。
P:4.3 乙方应对甲方电气维修人员、产线班组长进行操作及维护培训，培训不少于四次，每次不少于半天，并提供中文培训资料及操作手册。
H:第五条 验收
P:5.1 每条生产线改造完成后，乙方提交单线验收申请，双方按以下标准验收：（1）设备型号、数量与本合同及技术协议一致；（2）连续72小时带料生产无停机故障；（3）生产节拍不低于技术协议的设计值；（4）密封测试工位漏检为零，视觉检测误判率不高于0.3%；（5）数据采集软件能实时采集产量、节拍、停机原因和测试结果。
P:5.2 六条生产线均通过单线验收并连续稳定运行20日后，甲方组织最终验收，并出具书面验收报告。
P:5.3 设备安装完成、投入试生产或甲方付款，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内乙方对设备和软件免费维修、更换，并免费提供程序修改和技术支持。
P:6.2 服务水平：一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场并恢复生产；二级故障（单工位故障）2小时内响应，24小时内解决。乙方每迟延1小时，按500元向甲方支付违约金，从应付款或维保费中扣除。
P:6.3 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的28%计收，即每年322,280元，含备品备件、程序维护及每季度一次驻厂巡检。该费用在质保期满后的四个维保年度内固定不变。
P:6.4 维保合同按维保年度另行签订，不自动续期。
P:6.5 质保期内，乙方应建立设备档案，每季度提交一次运行分析报告，对易损件更换提出建议。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面画面、工艺配方模板及数据接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释文档，甲方可自行修改、复制或委托第三方维护。
P:7.2 数据采集及监控软件的著作权归原权利人，甲方获得六条生产线范围内的永久使用许可。
P:7.3 乙方保证所供设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、质量检测记录属于甲方，乙方仅为履行本合同使用，不得复制、带离或用于其他目的。
P:8.2 乙方应保证控制网络与办公网络隔离，远程维护须经甲方设备部书面审批并使用甲方提供的专用账号，接入设备应经病毒查杀。
P:8.3 因乙方原因发生数据泄露、勒索病毒感染或控制系统被非法控制的，乙方应在2小时内报告甲方，采取补救措施，并赔偿甲方全部损失。
P:8.4 乙方人员使用甲方生产数据进行调试的，应在调试完成后删除其本地副本。
H:第九条 保密
P:9.1 乙方对在甲方厂区知悉的工艺、配方、产能、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
P:9.2 乙方应督促其员工和经同意的分包单位遵守本条约定。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限交付设备或完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计达到合同总价10%的，甲方有权解除合同。
P:10.2 因乙方施工或设备质量原因造成甲方停产的，乙方应赔偿甲方的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.4 乙方交付的设备经验收不合格且整改后仍不合格的，甲方有权退货，乙方退还该部分价款。
H:第十一条 分包
P:11.1 乙方不得转包本合同。控制柜现场配线等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，乙方应退还相应款项并赔偿损失。
P:12.2 合同解除后，乙方应配合甲方将已改造产线恢复至可生产状态，并移交已完成部分的程序及图纸。
H:第十三条 安全生产与现场管理
P:13.1 乙方进入甲方厂区施工，应遵守甲方的安全生产、动火作业、用电作业及6S管理规定，施工人员应持有相应的电工特种作业操作证。
P:13.2 乙方对其施工人员的人身安全负责，应为其办理工伤保险或意外伤害保险。因乙方违规作业造成人员伤亡或财产损失的，由乙方承担责任。
P:13.3 每日施工结束后，乙方应清理现场、断开临时电源，并在甲方施工日志上签字。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交宁波仲裁委员会仲裁。
H:第十五条 其他
P:15.1 技术协议、停线计划为本合同附件。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期：2026年12月　日
"""

H1015Z03 = """门店预约及会员管理SaaS服务合同

合同编号：NB-YY-2026-0311
甲方：长沙暖贝育婴职业技能培训连锁有限公司
乙方：深圳约课云科技有限公司

甲方在全国经营40家育儿嫂培训门店，为统一管理课程预约、学员报名、会员储值和上户推荐，向乙方订购门店预约及会员管理SaaS服务并委托乙方实施。双方协商一致，订立本合同。

一、服务内容
（一）SaaS服务：乙方在服务期内向甲方40家门店提供门店预约及会员管理系统的在线使用服务，包括课程排期与预约、学员报名与考勤、会员储值与核销、育儿嫂档案、上户推荐、微信小程序及总部经营看板。
（二）实施服务：乙方负责系统初始化配置、40家门店资料及课程体系录入、原有会员和学员数据迁移、小程序上线、与甲方财务系统的收款对账接口开发，以及对总部和门店人员的培训。
（三）乙方按甲方需求定制的课程体系模板、经营看板报表和对账接口程序，属于本合同的定制成果。
（四）培训：乙方应为甲方总部管理人员和各门店店长、前台人员提供系统操作培训，总部集中培训不少于两次，门店线上培训覆盖全部40家门店，并提供操作手册和培训视频。
（五）甲方负责提供门店资料、课程体系和原有系统数据，并指定项目负责人配合实施。

二、服务期
（一）服务期为两个服务年度，自上线验收合格之日起算。第一个服务年度自上线验收合格之日起至次年同日前一日止，第二个服务年度依次顺延。
（二）乙方应在合同签订之日起60日内完成实施并提交上线验收申请。
（三）因甲方原因（包括未按时提供门店资料、原有数据）导致实施延误的，实施期限相应顺延。

三、费用及支付
（一）合同总价为人民币630,000元，包括：
1. SaaS服务费：每家门店每个服务年度6,800元，40家门店每个服务年度272,000元，两个服务年度合计544,000元；
2. 实施费：86,000元（一次性）。
（二）实施费在上线验收合格后10个工作日内支付。
（三）第一个服务年度的服务费在上线验收合格后10个工作日内支付；第二个服务年度的服务费在该服务年度开始后10个工作日内支付。
（四）服务期内甲方新增门店的，按每家门店6,800元/服务年度按剩余天数折算，另行签订补充协议。
（五）乙方应在收款前开具合法有效的增值税发票。
（六）乙方不得以本合同以外的任何名义向甲方门店或会员收取费用。

四、上线验收
（一）乙方完成实施后提交上线验收申请，甲方在10个工作日内按以下标准验收：
1. 40家门店的课程、教室、讲师及价格信息全部配置完成；
2. 原有会员及学员数据迁移后，会员余额、剩余课时逐户核对一致；
3. 小程序预约、报名、支付、核销全流程测试通过；
4. 收款对账接口连续5个工作日与财务系统对账无差异；
5. 在1,000名用户同时在线时，预约及支付页面响应时间不超过2秒。
（二）甲方验收合格后签署上线验收单。门店试用或系统上线本身不视为验收合格。
（三）验收不合格的，乙方应在7日内整改，并重新提交验收申请。

五、服务水平
（一）乙方保证系统月可用率不低于99.95%，计划内维护应提前3日通知甲方并安排在夜间进行。
（二）故障分级及响应：一级故障（预约、支付或核销功能整体不可用）30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内解决；三级故障2个工作日内解决。
（三）月可用率每低于约定值0.1个百分点，乙方按当期服务年度服务费的1%向甲方抵扣；一级故障恢复每超时1小时，抵扣1,000元。抵扣从下一期服务费中扣除，服务期满的由乙方退还。
（四）乙方应提供7×24小时在线客服及专属客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障处理及功能使用情况。
（五）系统升级：乙方对平台的版本升级不得降低本合同约定的功能和服务水平，重大升级应提前15日通知甲方，并为门店提供升级说明。

六、数据
（一）甲方及其会员、学员、育儿嫂的个人信息和业务数据归甲方所有，甲方可随时导出。
（二）乙方有权在服务期内及服务期满后，对甲方的会员、学员、预约及消费数据进行去标识化和汇总处理，用于乙方的产品优化、母婴家政行业研究报告，以及向乙方其他客户提供的经营分析服务。
（三）数据安全：系统部署于境内云平台并通过网络安全等级保护三级测评；个人信息传输和存储加密，后台按最小权限授权并留存操作日志。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担赔偿责任。
（四）服务期满或合同解除后30日内，乙方应配合甲方完整导出数据，并在导出完成后删除甲方数据（本条第（二）项的汇总数据除外）。
（五）乙方不得将甲方数据存储于境外，亦不得向境外提供。

七、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）第一条第（三）项的定制成果归甲方所有，乙方应交付相关源程序和文档，甲方可自行修改使用或委托第三方使用。

八、保密
双方对在合作中知悉的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

九、违约责任
（一）乙方未按第二条第（二）项期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应予赔偿。

十、续期
本合同服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。续期服务年度的服务费，乙方有权按其届时公布的标准价格调整，并应在续期前书面告知甲方。
甲方不续约的，乙方应按第六条第（四）项配合数据迁移。

十一、转委托
乙方不得将本合同项下的实施服务委托第三方完成，确需委托的，应事先取得甲方书面同意。
乙方使用的云计算基础设施服务商为阿里云计算有限公司，乙方更换云服务商的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，或一级故障在一个自然月内发生三次以上，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应按比例退还未履行期间的服务费。
（二）甲方逾期付款超过60日的，乙方可以书面通知解除本合同。
（三）合同解除的，乙方应配合甲方完成数据导出及向新服务商的迁移，迁移期内不得中断服务，迁移期最长不超过30日。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十四、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行的，受影响一方应及时通知对方并在15日内提供证明，可部分或全部免除责任；不可抗力持续超过60日的，任何一方可解除合同。

十五、通知
本合同项下的通知应以书面形式送达首页所列地址或双方指定的电子邮箱，电子邮件发出即视为送达。甲方指定联系人为运营中心负责人，乙方指定联系人为客户成功经理。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：2026年12月  日
"""

H1015Z04 = """永嘉县河湖长制巡河管理系统2027年度运维服务合同

项目编号：YJSL-CS-2026-09（竞争性磋商）
采购人（甲方）：永嘉县水利局
成交供应商（乙方）：温州禹澜信息技术有限公司

根据永嘉县河湖长制巡河管理系统2027年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

第一条 服务范围
1. 巡河管理平台、河湖长APP及公众投诉小程序的日常运行维护、缺陷修复、性能优化和安全加固；
2. 全县前端感知设备的巡检维护，包括河道视频监控点56个、水位计24台、雨量站18个及配套的供电和传输设备；
3. 巡河轨迹、问题工单、水质监测等数据的治理、核查和统计报表编制；
4. 派驻1名运维工程师在甲方驻场，负责日常值守、用户支持和工单跟踪。
5. 汛前对全县重点河段的视频监控点和水位计进行专项检查和校准。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期内，乙方应保证平台及设备的运维服务连续不间断。服务期满本合同自然终止，不自动续期。

第三条 合同金额
1. 本合同总金额为人民币486,000元，包括：平台及APP运维218,000元；前端感知设备巡检维护164,000元；数据治理及报表62,000元；驻场运维人员42,000元。
2. 合同金额为固定价格，包含人工、备品备件（单件价值2,000元以下）、交通、通信及税费。单件价值2,000元及以上的设备更换，由乙方报价经甲方确认后另行结算。
3. 服务期内甲方新增前端设备的，乙方应纳入运维范围，按本合同单价标准另行签订补充协议。

第四条 付款方式
1. 本合同不设预付款。
2. 服务费按季度支付。每季度结束后10日内，甲方按第七条对乙方进行季度考核，考核合格后15个工作日内支付当季度服务费121,500元；考核扣减的金额从当季度服务费中扣除。
3. 甲方按国库集中支付程序付款，乙方应在付款前开具合法发票。

第五条 服务要求
1. 乙方应在合同签订后5日内完成人员进场和服务交接，并在服务期开始后30日内完成一次全部前端设备的全面巡检，提交巡检报告和整改清单。
2. 前端设备每季度至少现场巡检一次，汛期（4月15日至10月15日）每月至少巡检一次，台风、强降雨预警期间实行24小时值守。
3. 整改清单中的问题，乙方应在甲方确认后15日内整改完毕。
4. 乙方应每月向甲方提交运维月报，内容包括设备在线率、故障处理、工单办结和数据质量情况。
5. 乙方应建立运维工单制度，甲方及河湖长通过APP或电话报修的问题，乙方应全部登记并在工单系统中闭环管理。
6. 乙方应配合甲方做好河湖长制年度考核、上级督查和网络安全检查，按要求提供数据和技术支持。

第六条 服务水平
1. 巡河管理平台月可用率不低于99.95%。
2. 一级故障（平台或APP全部不可用、汛期重点河段视频中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障3个工作日内解决。
3. 乙方未达到上述要求的，一级故障每超时1小时扣减服务费1,000元，月可用率每低于约定值0.01个百分点扣减服务费800元，在当季度服务费中扣除。

第七条 考核与验收
1. 季度考核内容包括：平台可用率、前端设备在线及完好情况、故障处理时限、工单办结率、月报及巡检报告提交情况，考核满分100分，80分以上为合格。
2. 服务期满后15日内，甲方组织年度服务验收，验收标准为：四个季度考核均合格；全面巡检及整改清单全部完成；运维文档、设备台账、账号口令及数据完整移交。
3. 甲方出具书面验收意见。季度付款不视为年度服务验收合格。
4. 年度服务验收不合格的，乙方应在15日内整改，整改期间发生的费用由乙方承担。

第八条 数据安全
1. 巡河管理平台的全部数据、视频资料及河湖长个人信息归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
2. 乙方应通过政务外网和甲方提供的堡垒机进行运维操作，不得私自开通远程访问通道，不得复制、留存或对外提供数据。
3. 发生数据泄露、篡改或系统被攻击的，乙方应在2小时内报告甲方并采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。
4. 乙方应落实网络安全等级保护要求，定期进行漏洞扫描和安全加固，发现高危漏洞应在3日内修复。

第九条 保密
乙方对在服务中知悉的甲方工作信息、系统账号口令、河湖问题线索及其他非公开信息负有保密义务，服务期满后仍应遵守。乙方应与驻场人员签订保密承诺书。
保密义务不因本合同终止而解除。

第十条 知识产权
乙方在运维期间为甲方编写的脚本、接口程序、报表模板和运维文档，知识产权归甲方所有，甲方可自由使用和修改。平台原有软件的权利状态不因本合同改变。

第十一条 分包
前端感知设备的现场维护，乙方可委托设备所在乡镇附近具备相应能力的单位实施，但应提前5个工作日书面告知甲方受托单位名称及人员名单。乙方对受托单位的服务质量和安全承担全部责任。

第十二条 违约责任
1. 乙方未按第五条第1项、第3项约定的时间完成人员进场、全面巡检或整改的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
2. 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
3. 乙方驻场人员未经甲方同意擅自离岗或更换的，每人次扣减服务费500元。
4. 乙方违约给甲方造成损失的，还应赔偿甲方的实际损失。

第十三条 合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为，经甲方书面通知后10日内未改正的，甲方有权解除本合同，按实际服务期间结算费用，并要求乙方赔偿损失。
因不可抗力致使合同目的不能实现的，任何一方可以解除合同。

第十四条 服务交接
服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的新供应商移交全部运维资料、设备台账、账号口令和未办结工单，并配合完成交接，交接期间不得中断服务。乙方应在交接完成后删除其掌握的甲方数据，并出具书面确认。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 人员与安全
1. 乙方应组建不少于5人的运维团队，其中项目负责人应具有三年以上水利或政务信息化运维经验；驻场工程师应熟悉平台和前端设备，更换须经甲方书面同意。
2. 乙方人员在河道、水库现场作业时，应遵守安全操作规程，配备救生衣等防护用品，汛期和恶劣天气条件下不得单人作业。乙方对其人员的人身安全负责。
3. 乙方应为现场作业人员办理意外伤害保险。

第十七条 不可抗力
因台风、洪水、地震等不可抗力造成设备损毁或服务中断的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务；不可抗力造成的设备损毁修复费用由双方另行协商。

第十八条 其他
磋商文件、响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
签订日期：2026年12月  日
"""

H1015Z05 = """# 匠迹软件销售及服务合同

（厦门匠迹软件有限公司标准合同文本 V3.0）

合同编号：JJ-XS-2026-1207

甲方（买方）：莆田市木语桃木雕刻工作室

乙方（卖方）：厦门匠迹软件有限公司

甲方向乙方购买“匠迹木艺工序追踪软件”并委托乙方进行定制开发。为明确双方权利义务，经友好协商，签订本合同，双方共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠迹木艺工序追踪软件标准版（以下简称“软件”）的永久使用许可，授权范围为甲方工作室内5个工位终端。

1.2 乙方根据甲方提出的需求进行定制开发，包括：雕刻工序扫码报工（选料、开坯、粗雕、细雕、打磨、上蜡、质检七道工序）、桃木料批次溯源、订单进度看板及手机端查询。

1.3 乙方负责软件部署、基础数据初始化和使用培训。

1.4 本合同所称“上线运行”，是指软件完成安装部署，甲方可以登录并进行业务操作。

1.5 乙方提供的软件为标准化产品，定制开发内容以双方确认的需求说明书为准；需求说明书确认后，甲方提出的新增或变更需求，乙方有权另行收费并相应调整交付时间。

1.6 乙方为甲方提供两次现场培训，每次不超过半天；超出部分按每人每天1,500元另行收费。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 木艺工序追踪软件标准版许可（5个工位终端，永久） | 1套 | 68,000 |
| 2 | 定制开发（扫码报工、木料批次溯源、订单进度看板、手机端查询） | 1项 | 54,000 |
| 3 | 部署及培训 | 1项 | 8,000 |
| | 合计 | | 130,000 |

合同总价为人民币壹拾叁万元整（¥130,000），含6%增值税。扫码枪、标签打印机、工位平板等硬件由甲方自行采购，不在本合同范围内。

合同价款不包括软件上线后新增工位终端的许可费用，新增工位按乙方当年价格另行购买。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的65%，即人民币84,500元。乙方收到该笔款项后开始需求调研和开发工作。

3.2 软件上线运行后5个工作日内，甲方向乙方支付合同总价的35%，即人民币45,500元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应提前提供开票资料。

3.5 甲方已支付的款项，除本合同另有约定外，不予退还。

## 第四条 交付

4.1 乙方计划于收到首期款后45个工作日内完成开发并部署上线。实际交付时间以双方确认的项目计划为准。

4.2 甲方应及时提供需求资料、工序说明和现场条件。因需求变更、甲方配合不到位或其他非乙方可控原因导致延期的，交付时间相应顺延，乙方不承担违约责任。

4.3 乙方将尽最大努力按计划交付。

4.4 甲方应为软件运行提供满足乙方要求的网络环境和终端设备，并指定专人负责与乙方对接。

4.5 乙方交付的内容包括：软件安装程序或云端账号、用户手册、管理员账号。定制开发的源代码不属于交付内容。

## 第五条 验收

5.1 乙方完成软件安装部署并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道提交，乙方按照第六条提供维护服务。

5.3 甲方在上线前使用乙方提供的测试账号试用软件的，试用期间产生的数据不保证迁移至正式环境。

## 第六条 维护服务

6.1 自软件上线之日起三个月内，乙方提供免费维护服务，包括软件缺陷修复和远程操作指导。

6.2 乙方通过电话、微信和远程桌面提供技术支持，乙方将在合理时间内处理甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方当年公布的价格标准收取。

6.4 因甲方或第三方原因（包括自行修改软件、硬件故障、网络故障、病毒及误操作）导致的问题，不属于免费维护范围，乙方可另行收费。

6.5 乙方技术支持服务时间为工作日9:00至17:30，节假日提供留言服务。

6.6 乙方有权对软件进行版本升级，升级后的功能以乙方发布的版本说明为准。

6.7 维护服务不包括甲方新增需求的开发、数据批量修改和现场服务，甲方需要现场服务的，按每人每天1,500元另行收费，交通食宿费用由甲方承担。

## 第七条 知识产权

7.1 软件及其文档的著作权和其他知识产权归乙方所有。甲方仅获得本合同约定范围内的使用许可，不得复制、出租、反向工程或转授权给第三方使用。

7.2 乙方为甲方定制开发的功能模块、报表及相关源代码，知识产权归乙方所有。甲方在本合同约定的授权范围内享有使用权。乙方有权将定制开发的成果用于其他客户。

7.3 甲方不得删除或修改软件中乙方的版权标识，不得自行或委托第三方对软件进行二次开发。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户、工序及木料数据归甲方所有，乙方仅为提供本合同约定的服务而使用，不得用于其他目的。

8.2 软件部署于乙方租用的境内云服务器。乙方采取防火墙、访问控制、数据加密和每日备份等安全措施保护甲方数据，乙方员工访问甲方数据须经授权并留存日志。

8.3 发生数据泄露、丢失或被篡改的，乙方应在发现后及时通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应的赔偿责任。

8.4 合同终止后，乙方将保留甲方数据30日，甲方应在此期间自行导出；期满后乙方有权删除。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，包括甲方的客户名单、作品设计和订单价格，以及乙方的软件源代码和技术资料。未经对方书面同意，不得向第三方披露。保密义务在本合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方对因本合同产生的全部责任，累计赔偿总额以人民币26,000元为限。

10.2 乙方不对甲方的间接损失、利润损失、作品损失或商誉损失承担责任。

10.3 因甲方未按乙方要求操作、自行修改数据或使用非乙方认可的硬件设备造成的损失，乙方不承担责任。

10.4 本条的责任限制在本合同解除或终止后继续有效。

## 第十一条 合同解除

任何一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。

合同解除后，甲方应停止使用软件，乙方已完成部分的费用不予退还。

## 第十二条 不可抗力

因不可抗力导致不能履行本合同的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。

不可抗力包括地震、台风、洪水、火灾、疫情、政府行为、电信网络中断及云服务商重大故障等。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 通知

双方的联系方式以本合同首页载明的为准。一方变更联系方式的，应在变更后3日内书面通知对方，否则原联系方式视为有效送达地址。乙方通过微信、电子邮件发送的通知，发出即视为送达。

## 第十五条 其他

15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：

签订日期：2026年12月　日
"""

H1015E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LRS-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Hunan Xiangjiang Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Lassen Ridge Software, Inc., a California corporation with its principal office at 1820 Main Street, Susanville, California 96130, United States (the "Vendor").
P:The Buyer operates eight refrigerated warehouses and wishes to replace its spreadsheet-based maintenance records with the Vendor's RidgeCMMS maintenance management software. The Vendor has agreed to license the software to the Buyer on a perpetual basis and to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the RidgeCMMS server and mobile applications, version 9, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including interfaces to the Buyer's warehouse management system and ERP, refrigeration-alarm integrations, report templates, work-order workflows, data-migration scripts and their documentation and source code.
P:1.3 "Go-Live" means the first day on which all eight warehouses record maintenance work orders in the production system.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Buyer Data" means all data that the Buyer or its staff enter into, or that is generated by, the Software, including asset registers, temperature and alarm histories, work orders and personal information of employees and contractors.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software in the People's Republic of China for up to 300 named users across the Buyer's own warehouses and offices, including any warehouse the Buyer opens or acquires later.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement once the Licence Fee has been paid, except a termination caused by the Buyer's non-payment.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install and configure the Software on the Buyer's servers in its Changsha data room, build the Custom Deliverables described in Annex 2, migrate the historical asset and maintenance records of the eight warehouses, and train the Buyer's administrators and engineers.
P:3.2 The Vendor shall deliver a detailed project plan within 20 days after signature and shall achieve Go-Live within 120 days after signature.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and who will not be replaced without the Buyer's consent, not to be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,848,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,320,000; implementation, interfaces and data migration CNY 486,000; training CNY 42,000.
P:4.2 The Contract Price is fixed and covers all travel, living and other expenses of the Vendor's personnel.
P:4.3 The Buyer shall pay: (a) 20% of the Contract Price (CNY 369,600) within 30 days after signature and receipt of a valid invoice; (b) 45% (CNY 831,600) within 30 days after Go-Live has been confirmed in writing by both parties; and (c) 35% (CNY 646,800) within 30 days after Final Acceptance.
P:4.4 Confirmation of Go-Live is not acceptance, and no payment made under Article 4.3(a) or (b) implies acceptance of any deliverable.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. The Vendor may then request Final Acceptance.
P:5.2 Final Acceptance shall be granted when all of the following are met: (a) every function listed in Annex 1 has passed the agreed test scripts; (b) the migrated asset register reconciles with the source records, with every discrepancy resolved; (c) the interfaces to the warehouse management system and ERP have exchanged data for ten consecutive working days without error; (d) the mobile application works offline in the cold rooms and synchronises within two minutes after reconnection; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 The Buyer shall test within 15 working days after the request and shall either issue the acceptance certificate or list the failed criteria in writing. The Vendor shall correct the failures and the tests shall be repeated for the failed items.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support at no additional charge.
P:6.2 Service levels. The Vendor shall provide a Mandarin-speaking support desk. For a Severity 1 defect (the Software is unusable at any warehouse, or refrigeration alarms are not received) the Vendor shall respond within one hour and provide a workaround within eight hours; for a Severity 2 defect it shall respond within two hours and provide a fix within three working days.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Buyer CNY 1,000 for each hour of delay; for Severity 2 the credit is CNY 300 for each working day of delay. Credits are deducted from the next payment or refunded.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 145,200 per year, and shall not increase during the first three support years. Support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to achieve Go-Live by the date in Article 3.2, or fails to make the Software ready for Final Acceptance within 60 days after Go-Live, for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 Liquidated damages do not release the Vendor from its obligation to complete the work.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code with each release. The Buyer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Software is hosted on the Buyer's servers. The Vendor shall access them only remotely through the Buyer's VPN with multi-factor authentication, on the Buyer's approval for each session, and shall not copy Buyer Data to any system outside the Buyer's control or transfer it outside the People's Republic of China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law, shall notify the Buyer within 24 hours after becoming aware of any security incident affecting Buyer Data, shall cooperate in containing it, and shall be liable for all losses caused by an incident for which it is responsible.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation continues for three years after termination.
P:10.2 This Article does not apply to information that is public, already known to the receiving party, or required to be disclosed by law.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 9 or Article 10, or the indemnity in Article 8.3.
P:11.2 Neither party is liable for loss of profit or indirect loss, except as stated in Article 11.1.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice. The Buyer may also terminate if delay damages under Article 7 reach their maximum.
P:13.2 On termination by the Buyer, the Vendor shall refund amounts paid for work not accepted and shall hand over all Custom Deliverables completed to date.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of California, United States, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by JAMS in San Francisco, California, before a single arbitrator, in English. Judgment on the award may be entered in any court having jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (functional specification) and Annex 2 (Custom Deliverables and project plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be sent in writing to the addresses above. This Agreement is signed in two originals in English.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H1015E02 = """# QualiTrack Order Form and General Terms

Order Form No. RVC-OF-2026-0188

## PART A - ORDER FORM

### A1. Parties

**Provider:** Redwood Valley Cloud, Inc., a California corporation, 300 North State Street, Ukiah, California 95482, United States.

**Customer:** Guangdong Meiyan Cosmetics Co., Ltd., Huangpu District, Guangzhou, Guangdong Province, People's Republic of China.

This Order Form and the General Terms in Part B (together, the "Agreement") govern the Customer's subscription to the QualiTrack quality management service. If Part A and Part B conflict, Part A prevails.

### A2. Subscription and Term

A2.1 Service: QualiTrack Professional, a cloud service for document control, change control, corrective and preventive actions (CAPA), internal and supplier audits, complaint handling and training records, including the mobile application and the standard reporting module.

A2.2 Subscription Term: two Subscription Years, 24 months in total, starting on the Subscription Start Date. The Subscription Start Date is the date of Go-Live Acceptance under A5. Each Subscription Year runs from the Subscription Start Date or its anniversary.

A2.3 Users: 200 named users. Additional users may be added at the unit price in A3 for the remainder of the current Subscription Year, pro rata.

A2.4 Hosting: the Service and all Customer Data are hosted in the Alibaba Cloud Shanghai region.

### A3. Fees

| Item | Quantity | Unit price per Subscription Year (CNY) | Amount (CNY) |
|---|---|---|---|
| QualiTrack Professional subscription, Subscription Year 1 | 200 named users | 1,740 | 348,000 |
| QualiTrack Professional subscription, Subscription Year 2 | 200 named users | 1,740 | 348,000 |
| Onboarding: configuration, migration of 6,800 controlled documents, GMP workflow set-up, administrator training (one-time) | 1 | - | 46,000 |
| **Total fees for the Subscription Term** | | | **742,000** |

All amounts are in Chinese yuan and include VAT. The fees are fixed for the Subscription Term.

### A4. Invoicing and Payment

A4.1 The onboarding fee is invoiced on Go-Live Acceptance.

A4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

A4.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued by the Provider's authorised billing agent in China. No amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

A5.1 The Provider shall complete onboarding and make the Service ready for Go-Live Acceptance within 50 days after signature of this Order Form (the "Target Date").

A5.2 Go-Live Acceptance requires that: (a) all 6,800 controlled documents have been migrated with their version history and approval records, checked by the Customer's quality team against the source index; (b) the document-approval, change-control and CAPA workflows configured for the Customer's three factories pass the agreed test scripts; (c) electronic signatures and the audit trail operate as described in the GMP configuration specification; and (d) the Customer's single sign-on works for all 200 users.

A5.3 The Customer shall test within ten working days after the Provider's notice of readiness and shall sign the Go-Live Acceptance certificate or list the failed items. Use of the Service for training or testing is not Go-Live Acceptance.

A5.4 If the Service is not ready for Go-Live Acceptance by the Target Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, deducted from the onboarding fee and then from the first subscription invoice.

### A6. Special Terms

A6.1 The Agreement does not renew automatically. Any continuation after the Subscription Term requires a new Order Form signed by both parties.

A6.2 The Provider's Chinese-speaking customer success manager is the Customer's contact for all matters under this Agreement.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the QualiTrack service described in the Order Form, including its updates.

1.2 "Customer Data" means all data, documents and records uploaded to or created in the Service by or for the Customer, including personal information of its employees and suppliers.

1.3 "Customer Configurations" means the workflows, forms, templates, report layouts and training matrices built specifically for the Customer during onboarding or later at its request.

### 2. The Service

2.1 The Provider shall provide the Service to the Customer during the Subscription Term in accordance with its documentation. The Provider may improve the Service but shall not materially reduce its functions during the Subscription Term.

2.2 The Customer is responsible for its users' accounts and for the accuracy of the Customer Data it uploads.

2.3 The Provider shall provide a sandbox environment for testing configuration changes and new releases, refreshed on request up to four times in each Subscription Year.

2.4 Major releases shall be announced at least 30 days in advance with release notes. The Provider shall validate changes affecting electronic signatures and the audit trail before deployment and give the validation summary to the Customer.

### 3. Service Levels

3.1 Availability. The Provider aims to make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 22:00 and 06:00 China Standard Time.

3.2 Support. The Provider's support desk operates in Mandarin and English. For a Priority 1 incident (the Service is unavailable or electronic signatures cannot be applied) the Provider shall respond within two hours, at any time of day, and shall work continuously until the Service is restored. For a Priority 2 incident the Provider shall respond within one business day.

3.3 The service levels in this Section 3 are targets. Failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or any other compensation. The Provider shall report monthly availability to the Customer on request.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 The Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log all administrative access, and keep backups in a second availability zone in mainland China.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and shall be responsible for the losses caused by any incident resulting from its breach of this Section 4.

4.4 Within 30 days after the end of the Subscription Term the Provider shall allow the Customer to export all Customer Data in standard formats and shall then delete it.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and financial information and use it only for this Agreement, during the Subscription Term and for three years afterwards.

### 6. Intellectual Property

6.1 The Provider owns the Service and its underlying software.

6.2 Customer Configurations belong to the Customer. The Provider shall deliver them in an exportable format on request, and the Customer may use, modify and license them freely, including in another system.

### 7. Subcontractors

7.1 The Customer approves Alibaba Cloud as the hosting provider by signing the Order Form.

7.2 The Provider shall not use any other subcontractor to perform the Service or to process Customer Data without the Customer's prior written consent, and remains responsible for all subcontractors.

### 8. Warranties

8.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding will be carried out with reasonable skill and care.

8.2 If the Service does not so perform, the Provider shall correct it without charge.

8.3 The Provider shall support the Customer's regulatory inspections and customer audits by providing its validation documentation and security certificates and, on reasonable notice, one remote audit session in each Subscription Year.

### 9. Liability

9.1 Each party's total liability under the Agreement is limited to twice the total fees stated in A3.

9.2 The limit in 9.1 does not apply to breach of Section 4 or Section 5, personal injury or wilful misconduct. Neither party is liable for indirect loss or lost profits.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fees paid for the period after termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the State of California.

11.2 The state and federal courts located in Mendocino County, California, have exclusive jurisdiction over any dispute arising out of the Agreement.

### 12. General

12.1 Neither party may assign the Agreement without the other's written consent.

12.2 Notices must be in writing and sent to the addresses in A1.

12.3 The Agreement is the entire agreement of the parties on its subject. Any purchase-order terms of the Customer do not apply.
"""

H1015E03 = """
T:Supply Contract for Wireless Condition-Monitoring Sensors and Software
P:Contract No. FCP-EQ-2026-214
P:Buyer: Zhejiang Fuchun Paper Co., Ltd., Fuyang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Mojave Vibration Systems, LLC, a California limited liability company, 222 East Main Street, Barstow, California 92311, United States (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the motors, gearboxes, pumps and dryer-section bearings of its two paper machines and its stock-preparation line. The parties agree as follows on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the MojaveWatch condition-monitoring software, including its analytics modules, updates and documentation.
P:1.3 "Custom Work" means the alarm rules, machine templates, dashboards and the interface to the Buyer's maintenance management system developed for the Buyer under this Contract.
P:1.4 "Buyer Data" means all measurements, alarms, machine layouts, drawings and other data of the Buyer collected or processed under this Contract.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software for installation on the Buyer's server, mount and commission 320 measurement points, develop the Custom Work, and train the Buyer's maintenance and reliability engineers.
P:2.2 The Supplier shall deliver the Equipment to the Buyer's mill in Fuyang within 60 days after the Contract is signed and complete installation and commissioning within 45 days after delivery. Installation during the scheduled shutdowns of the paper machines shall be coordinated with the Buyer's production department.
P:2.3 The Supplier shall pack the Equipment for sea and road transport, mark each package with the Contract number and item number, and notify the Buyer of shipment details at least seven days before arrival. Risk in the Equipment passes to the Buyer when the Delivery and Installation Certificate is signed.
P:2.4 Training shall cover sensor mounting and replacement, gateway configuration, spectrum and trend analysis, and alarm management. It shall be given on site in Mandarin, or in English with an interpreter provided by the Supplier, for up to 16 participants in two sessions.
P:2.5 All Equipment shall be new, of the models specified in the Technical Specification, rated for the humidity and temperature of the dryer section, and delivered with certificates of origin and conformity.
H:3. Price
P:3.1 The Contract Price is CNY 1,401,000, inclusive of VAT, customs duties, transport, insurance, installation and training, as set out in the Price Schedule:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VT-7 with mounting kit|320|2,450|784,000
TB:2|Industrial wireless gateway GW-2|16|9,800|156,800
TB:3|MojaveWatch software, perpetual licence for 320 points|1|298,000|298,000
TB:|Hardware and Licence Subtotal|||1,238,800
TB:4|Installation, mounting and commissioning|1|142,600|142,600
TB:5|Training for maintenance and reliability engineers|1|19,600|19,600
TB:|Contract Price|||1,401,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 140,100) within 15 working days after the Supplier provides an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 770,550) within 15 working days after both parties sign the Delivery and Installation Certificate. That certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 490,350) within 15 working days after Final Acceptance.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: (a) all 320 points transmit data throughout the run, with no gap longer than one hour at any point; (b) the sensor readings at ten reference points agree with the Buyer's calibrated portable analyser within the tolerance in the Technical Specification; (c) every alarm rule in the Custom Work has been triggered in a test and delivered to the maintenance management system as a work request; and (d) the documentation, spare parts and training have been delivered.
P:5.2 The Buyer shall issue the Final Acceptance Certificate or a written list of failures within ten working days after the end of the run. Installation, use of the system or any payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period the Supplier shall replace failed sensors and gateways free of charge, including batteries, correct Software defects and provide all Software updates.
P:6.2 Service levels. For a Severity 1 fault (the monitoring server or more than one gateway is down, or alarms are not delivered) the Supplier shall respond within 30 minutes and restore the system within eight hours, if necessary through its authorised service partner in Hangzhou. For a Severity 2 fault (single sensors or dashboards) the Supplier shall respond within two hours and fix it within three working days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time it shall pay the Buyer CNY 800, and for each day of delay on a Severity 2 fault CNY 300, deducted from any amount due or from the warranty bond.
P:6.4 After the warranty, the Buyer may order annual support at 8% of the Hardware and Licence Subtotal, that is CNY 99,104 per year, fixed for the first two support years. Support is ordered by purchase order for each year and does not renew automatically.
H:7. Delay
P:7.1 If the Supplier is late in delivery or in completing installation and commissioning for reasons within its responsibility, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:7.2 If the delay exceeds 60 days, the Buyer may terminate the Contract under clause 13.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and is licensed to the Buyer perpetually and irrevocably for use at its Fuyang mill.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall deliver it with its source files, and the Buyer may use, modify and license it freely, including to other contractors.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Software runs on the Buyer's server inside its plant network. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's jump server and is recorded. The Supplier shall not copy Buyer Data or send it outside mainland China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data or the plant network within 12 hours after discovery, take all measures to contain it, and compensate the Buyer for all losses caused by an incident for which it is responsible.
P:9.4 On completion of the warranty period or termination, the Supplier shall return or destroy all Buyer Data in its possession and confirm this in writing.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's drawings, production data, process information and all other non-public information received under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation survives for three years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, property damage caused by negligence, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Buyer approves the Supplier's service partner named in the Technical Specification for installation and on-site service by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier is responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in clause 7.2. The Supplier shall then refund payments for undelivered or rejected items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou under its rules in force at the time.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, such as earthquake, flood, epidemic measures or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. If force majeure continues for more than 90 days, either party may terminate the Contract by written notice.
H:16. General
P:16.1 The Technical Specification and the Price Schedule form part of this Contract. This Contract is made in English and Chinese, both texts being equally authentic. Notices shall be given in writing to the addresses above, and a notice sent by e-mail to the project contacts named in the Technical Specification is effective when sent. Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1015E04 = """# Managed Cloud Operations Services Agreement

Agreement No. PVMS-SZ-2026-077

**Customer:** Suzhou Linhe Home Textiles Co., Ltd., Wuzhong District, Suzhou, Jiangsu Province, People's Republic of China ("Customer").

**Provider:** Palo Verde Managed Services, Inc., a California corporation, 151 North Broadway, Blythe, California 92225, United States, acting through its operations centre team ("Provider").

**Background.** Customer runs its online shop, order management and warehouse systems on Alibaba Cloud in the Shanghai region. Customer wishes to outsource the day-to-day operation of that environment to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Environment" means Customer's cloud accounts, servers, databases, containers, networks and security services listed in Schedule 1, as changed by agreement from time to time.

1.3 "Service Commencement" means the date of Customer's written Transition Acceptance under Section 4.

1.4 "Customer Data" means all data stored in or passing through the Environment, including order, customer and employee personal information, and all logs, configurations and credentials of the Environment.

1.5 "Incident" means an unplanned interruption or degradation of any part of the Environment, classified by priority under Schedule 2.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from Service Commencement (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## 3. Services

3.1 Provider shall provide the Services described in Schedule 1 around the clock, every day of the year, from its operations centre, with a named service delivery manager who speaks Mandarin.

3.2 Provider shall carry out changes to the Environment only under Customer's change-management procedure. Emergency changes shall be approved by Customer's duty manager and documented within one business day.

3.3 Provider shall deliver a monthly service report showing Incidents, response and resolution times against Schedule 2, changes made, backup results, patch status, security findings and cloud spending trends, and shall attend a monthly service review with Customer.

3.4 Provider shall keep the Environment's documentation, runbooks and configuration records current and available to Customer at all times.

## 4. Transition

4.1 Provider shall complete the transition of the Environment from Customer's in-house team within 45 days after signature (the "Transition Date").

4.2 Transition Acceptance requires that: (a) monitoring covers every component listed in Schedule 1 and alerts reach the operations centre; (b) runbooks for the top twenty operational tasks and for all Priority 1 scenarios are approved by Customer; (c) a full restore of the order database from backup has been demonstrated within the recovery time agreed in Schedule 1; (d) a simulated Priority 1 Incident has been handled within the times in Schedule 2; and (e) Provider's engineers have completed a shadow period of ten days alongside Customer's team.

4.3 Customer shall confirm Transition Acceptance in writing or list the failed criteria within five business days after Provider's notice. Provider starting to operate the Environment is not Transition Acceptance.

4.4 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay until it is achieved.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,172,000.

5.2 The transition fee is invoiced on Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month of Service Commencement, pro rata for part months. No charges are payable before Service Commencement.

5.3 Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice. The charges are fixed for the Term. Cloud consumption fees are paid by Customer directly to Alibaba Cloud and are not part of the charges.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the response and resolution times in Schedule 2.

6.2 If Provider misses a service level, Customer is entitled to the Service Credits in Schedule 3, deducted from the next invoice. Service Credits do not limit Customer's right to claim damages for losses exceeding them.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider may access and process Customer Data only as needed to perform the Services and for no other purpose.

7.2 Provider shall access the Environment only through Customer's bastion host with individual accounts and multi-factor authentication. All privileged sessions are recorded. Provider shall not copy Customer Data outside the Environment or transfer it outside mainland China.

7.3 Provider shall comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and Customer's security policies, and shall support Customer's MLPS level-3 assessment.

7.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data or the Environment, take immediate containment measures and support Customer's investigation. Provider is liable for all losses, including regulatory fines, caused by a security incident resulting from its breach of this Section 7.

7.5 On expiry of the Term, Provider shall return all credentials and documentation and delete any Customer Data held in its tools, and confirm this in writing.

## 8. Personnel

8.1 Provider shall assign engineers holding current Alibaba Cloud professional certifications. The service delivery manager and lead engineer may be replaced only with Customer's prior approval.

8.2 Provider shall carry out background checks on every person given access to the Environment and shall remove access for any person leaving the account on the same day.

## 9. Intellectual Property

9.1 Provider keeps its pre-existing tools and know-how.

9.2 Runbooks, automation scripts, monitoring configurations, dashboards and documentation created for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including for use by a successor provider.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term.

10.2 The limit does not apply to breach of Section 7, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

## 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent and remains fully responsible for any approved subcontractor.

## 12. Term Commitment and Suspension

12.1 This Agreement is a fixed-term commitment. Neither party may terminate it before the end of the Term, for convenience or otherwise, except as stated in 12.2.

12.2 If Customer does not pay undisputed charges within 60 days after a written reminder, Provider may suspend the Services or end this Agreement by written notice.

12.3 Customer's remedies for failures in the Services are the Service Credits under Section 6, the right to require Provider to prepare and carry out a remediation plan at its own cost, and damages under Section 10.

## 13. Exit Assistance

During the last three months of the Term, Provider shall prepare an exit plan and give a successor provider or Customer's own team a handover of all runbooks, configurations and open issues, including a shadow period of at least ten days, at no additional charge.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 15. General

This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties. Notices are to be sent to the addresses above.

## Schedule 1 - Services

| Service | Scope | Standard |
|---|---|---|
| Monitoring | All servers, databases, containers, load balancers, CDN and payment interfaces of the Environment | Continuous; alerts reviewed by an engineer within ten minutes |
| Incident management | Diagnosis, workaround and restoration for all Incidents | Times in Schedule 2 |
| Patch management | Operating systems, middleware and databases | Critical security patches within seven days; others monthly |
| Backup and restore | Daily full and hourly incremental backups of all databases | Restore test every quarter; order database recovery time two hours |
| Security operations | Web application firewall rules, access reviews, vulnerability scans | Monthly scan; access review every quarter |
| Cost optimisation | Rightsizing and reserved-capacity recommendations | Quarterly report |

## Schedule 2 - Service Levels

| Priority | Definition | Response time | Resolution or workaround |
|---|---|---|---|
| Priority 1 | Online shop, checkout or order management unavailable | 15 minutes | 3 hours |
| Priority 2 | Major function degraded, or warehouse system unavailable | 30 minutes | 8 hours |
| Priority 3 | Minor fault with a workaround | 2 hours | 3 business days |
| Priority 4 | Request or question | 1 business day | As agreed |

## Schedule 3 - Charges and Service Credits

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 84,000 |
| Monthly Service Charge | 58,000 per month |
| Total Monthly Service Charges for the Term (36 months) | 2,088,000 |
| Total charges for the Term | 2,172,000 |

| Service level missed | Service Credit |
|---|---|
| Priority 1 response time | 2% of the Monthly Service Charge for each occurrence |
| Priority 1 resolution time | 3% of the Monthly Service Charge for each started hour of delay |
| Priority 2 response or resolution time | 1% of the Monthly Service Charge for each occurrence |
| Maximum Service Credits in one month | 25% of the Monthly Service Charge |
"""

H1015E05 = """AGRONOMIC DATA API SUBSCRIPTION AGREEMENT

Agreement No. IVA-CN-2026-0412

BETWEEN

Xinjiang Tianrun Seed Industry Co., Ltd., Changji, Xinjiang Uygur Autonomous Region, People's Republic of China ("Customer"); and

Imperial Valley AgData, Inc., a California corporation, 505 West State Street, El Centro, California 92243, United States ("Provider").

BACKGROUND

Customer breeds and tests cotton, maize and melon varieties on trial fields in Xinjiang, Gansu and Inner Mongolia. Provider operates a data service that delivers field-level weather, evapotranspiration, soil-moisture estimates and satellite vegetation indices through an application programming interface. Customer wishes to subscribe to that service for two Subscription Years to feed its variety-trial and irrigation-planning platform.

1. DEFINITIONS

1.1 "Service" means Provider's AgData API, its web console and the data products listed in Annex A.

1.2 "Subscription Year" means each period of consecutive months starting on the Activation Date or on an anniversary of it. The "Subscription Term" consists of two Subscription Years.

1.3 "Activation Date" means the date on which Customer confirms Activation Acceptance under clause 4.

1.4 "Customer Inputs" means the field boundaries, trial plot coordinates, variety codes, sowing dates and irrigation records that Customer uploads to the Service.

1.5 "Custom Integration" means the connector code, data mappings and scheduled jobs developed by Provider to load the Service's data into Customer's trial platform.

2. SERVICE

2.1 During the Subscription Term Provider shall give Customer access to the Service for up to 1,500 registered fields and 60 user accounts, with up to two million API calls per month.

2.2 Data products: daily and hourly weather for each field; reference and crop evapotranspiration; modelled soil moisture at three depths; vegetation indices from satellite images at ten-metre resolution, updated at least every five days subject to cloud cover; and a fourteen-day forecast.

2.3 Provider may add data products or improve its models. It shall not withdraw any data product listed in Annex A during the Subscription Term and shall announce changes to the API at least 60 days in advance.

2.4 Customer may use the data received through the Service for its own breeding, trial and agronomic advisory work, including in reports to its growers, but shall not resell the raw data as a data feed.

2.5 Provider shall provide support by e-mail, telephone and an online ticket system in English and Mandarin. Customer shall name up to five technical contacts who may raise tickets.

2.6 Provider shall notify Customer without delay of any known error in delivered data, state the affected fields and dates, and supply corrected data as soon as it is available.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription fee, Subscription Year 1 ........ CNY 264,000
    Subscription fee, Subscription Year 2 ........ CNY 264,000
    Setup and Custom Integration (one-time) ....... CNY 18,000
    Total fees for the Subscription Term ......... CNY 546,000

3.2 The setup fee is invoiced on the Activation Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Nothing is payable before the Activation Date.

3.3 Customer shall pay within 30 days after receiving a valid invoice issued through Provider's authorised reseller in Shanghai. All fees are in Chinese yuan, include VAT and are fixed for the Subscription Term.

3.4 API calls above the monthly allowance are charged at CNY 60 per additional ten thousand calls, invoiced monthly in arrears.

4. ACTIVATION AND ACCEPTANCE

4.1 Provider shall deliver the Custom Integration and activate the Service for all of Customer's registered fields within 40 days after signature.

4.2 Activation Acceptance requires that: (a) every data product in Annex A is returned for all registered fields; (b) weather values for twenty reference fields agree with Customer's own field stations within the tolerances in Annex A over fourteen consecutive days; (c) the Custom Integration has loaded data into Customer's trial platform without error for ten consecutive days; and (d) the API answers standard requests within two seconds.

4.3 Customer shall confirm Activation Acceptance in writing or state the failed criteria within seven business days after Provider's notice of readiness.

4.4 If Activation Acceptance is delayed beyond the period in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, deducted from the setup fee and then from the first subscription invoice.

5. SERVICE LEVELS

5.1 Provider shall make the API available 99.95% of each calendar month, excluding maintenance announced 72 hours in advance.

5.2 Severity 1 (the API or a data product is unavailable for all fields, or returns clearly wrong data): response within one hour, restoration within six hours. Severity 2 (a data product is late or unavailable for some fields): response within three hours, restoration within one business day.

5.3 If monthly availability falls below the level in 5.1, Provider shall credit 5% of one twelfth of the annual subscription fee for each started 0.1 percentage point of shortfall. If a Severity 1 restoration time is missed, Provider shall credit CNY 2,000 for each started hour of delay. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER INPUTS

6.1 Customer Inputs remain the property of Customer. Provider may use Customer Inputs only to provide the Service to Customer and shall not sell them, use them for any other customer or include them in any other data product.

6.2 At the end of the Subscription Term Provider shall return Customer Inputs in a standard format on request.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Service, its models and the data it supplies, and grants Customer a non-exclusive licence to use that data as stated in clause 2.4. The licence to data received during the Subscription Term continues after it ends.

7.2 The Custom Integration belongs to Customer. Provider shall deliver its source code on Activation Acceptance and Customer may use, modify and license it freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's variety codes, trial results and breeding plans and Provider's model documentation, and use it only for this Agreement.

8.2 This obligation lasts during the Subscription Term and for three years afterwards. It does not cover information that is public or must be disclosed by law.

8.3 On the end of this Agreement each party shall return or destroy the other party's non-public documents on request, except copies that it must keep by law.

9. WARRANTIES

9.1 Provider warrants that the Service will operate substantially as described in Annex A and that the data is produced with the methods and quality controls described there.

9.2 Customer acknowledges that weather and crop data are estimates and that its agronomic decisions remain its own responsibility.

10. LIMITATION OF LIABILITY

10.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, including crop loss or loss of profit.

10.3 The limit in 10.1 does not apply to personal injury or wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the development of the Custom Integration or the operation of the Service to a third party without Customer's prior written consent, except the satellite image suppliers named in Annex A. Provider remains responsible for its subcontractors.

11.2 Neither party may assign this Agreement without the other party's written consent.

12. TERM AND TERMINATION

12.1 This Agreement runs until the end of the Subscription Term. It does not renew automatically; any continuation requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fees paid for the period after termination.

12.3 Provider may suspend the Service if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration shall be conducted in Chinese and English.

14. FORCE MAJEURE

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemic measures, government action or a general failure of satellite or internet services, if it informs the other party promptly and does its best to limit the effects. Service credits under clause 5.3 are not due for unavailability caused by such events.

14.2 If such an event prevents the Service for more than 30 consecutive days, Customer may terminate this Agreement by written notice and receive a refund of fees paid for the remaining period.

15. GENERAL

15.1 Annex A (Data Products, Tolerances and Satellite Image Suppliers) forms part of this Agreement.

15.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the contacts named in Annex A.

15.3 This Agreement is signed in two originals in English.

For Customer: ____________________          For Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Design: file, format, labels, the rules I expect (design list), and the facts my rule reading needs beyond the labels.
# ---------------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


DESIGN = {
    "h1015z01": dict(
        file="h1015z01_unemployment_insurance_benefit_platform.pdf", src=H1015Z01, lang="zh", category="software",
        terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
                "PRC", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=2110000),
        parts=[1180000, 736000, 158000, 36000], pay=[422000, 949500, 738500], fee_base=1180000,
        forum_outside_mainland=False, rules=[]),
    "h1015z02": dict(
        file="h1015z02_steam_mop_line_control_retrofit.docx", src=H1015Z02, lang="zh", category="hardware",
        terms=T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, False,
                "PRC", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1410000),
        parts=[588000, 87000, 212000, 264000, 168000, 73000, 18000], pay=[282000, 493500, 634500], fee_base=1151000,
        forum_outside_mainland=False, rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h1015z03": dict(
        file="h1015z03_nanny_training_chain_booking_saas.txt", src=H1015Z03, lang="zh", category="cloud",
        terms=T(99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=630000),
        parts=[40 * 6800, 40 * 6800, 86000], pay=[86000 + 272000, 272000], fee_base=None,
        forum_outside_mainland=False, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h1015z04": dict(
        file="h1015z04_river_chief_patrol_system_om_service.txt", src=H1015Z04, lang="zh", category="services",
        terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                True, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
        parts=[218000, 164000, 62000, 42000], pay=[121500] * 4, fee_base=None,
        forum_outside_mainland=False, rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h1015z05": dict(
        file="h1015z05_peach_wood_carving_tracking_supplier_template.md", src=H1015Z05, lang="zh", category="software",
        terms=T(None, None, False, "supplier", True, True, True, None, 26000 / 130000 * 100, 65, False, False, 3, None,
                False, True, None, None, "goods_or_licence"),
        extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=True, contract_value=130000),
        parts=[68000, 54000, 8000], pay=[84500, 45500], fee_base=68000,
        forum_outside_mainland=False,
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1015e01": dict(
        file="h1015e01_cold_chain_cmms_perpetual_licence_susanville.pdf", src=H1015E01, lang="en", category="software",
        terms=T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False,
                "California", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1848000),
        parts=[1320000, 486000, 42000], pay=[369600, 831600, 646800], fee_base=1320000,
        forum_outside_mainland=True, rules=["CR-GOVERNING-LAW"]),
    "h1015e02": dict(
        file="h1015e02_quality_saas_order_form_ukiah.md", src=H1015E02, lang="en", category="cloud",
        terms=T(99.5, 2, False, "buyer", True, True, True, 600 / 742000 * 100, 200, None, True, None, None, None, False,
                True, False, "California", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=742000),
        parts=[348000, 348000, 46000], pay=[46000 + 348000, 348000], fee_base=None,
        forum_outside_mainland=True, rules=["CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"]),
    "h1015e03": dict(
        file="h1015e03_paper_mill_vibration_sensors_barstow.docx", src=H1015E03, lang="en", category="hardware",
        terms=T(None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 8, False, True, False,
                "PRC", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1401000),
        parts=[320 * 2450, 16 * 9800, 298000, 142600, 19600], pay=[140100, 770550, 490350], fee_base=1238800,
        forum_outside_mainland=False, rules=[]),
    "h1015e04": dict(
        file="h1015e04_managed_cloud_operations_blythe.md", src=H1015E04, lang="en", category="services",
        terms=T(None, 0.25, True, "buyer", True, True, False, 1800 / 2172000 * 100, 150, None, True, None, None, None,
                False, False, False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2172000),
        parts=[84000] + [58000] * 36, pay=[84000] + [58000] * 36, fee_base=None,
        forum_outside_mainland=False, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h1015e05": dict(
        file="h1015e05_agronomic_data_api_subscription_el_centro.txt", src=H1015E05, lang="en", category="cloud",
        terms=T(99.95, 1, True, "buyer", False, True, True, 400 / 546000 * 100, 6 / 24 * 100, None, True, None, None,
                None, False, True, False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=546000),
        parts=[264000, 264000, 18000], pay=[18000, 264000, 264000], fee_base=None,
        forum_outside_mainland=False, rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
}

# Policy thresholds (defaults of policy §3), never to be met by a label value nor stated in a text.
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON_YEARS = 40, 5


def tco_share(d):
    t, e = d["terms"], d["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (e["contract_value"] + fees) * 100


def derive_rules(d):
    """My reading of policy §3 and its section "Where rules apply, and how clauses are read", applied to a label."""
    t, e = d["terms"], d["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.append("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["forum_outside_mainland"]:
        r.append("CR-GOVERNING-LAW")
    s = tco_share(d)
    if s is not None and s > TCO_SHARE_TH:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------------------------------------------------------------
# Threshold-figure scan (self-tested below).
# ---------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_DIGIT = "一二三四五六七八九十"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                                   # availability 99.9
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|h)(?![a-z])", r"(?<![a-z])four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.,十])[4四]\s*个?\s*小\s*时",                                          # 4 hours
    r"(?<![\d.])0?\.050*" + PCT, r"万\s*分\s*之\s*五(?![十])", r"千\s*分\s*之\s*零\s*点\s*五", r"(?<![\d.])0?\.5\s*‰",  # 0.05 %
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百\s*分\s*之\s*一?\s*百", r"(?:one\s*)?hundred\s*(?:per\s*cent|percent)",  # 100 %
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![" + CN_DIGIT + "])", r"thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent|%)",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五", r"fifteen\s*(?:\(15\)\s*)?(?:per\s*cent|percent|%)",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![" + CN_DIGIT + "])", r"forty\s*(?:\(40\)\s*)?(?:per\s*cent|percent|%)",
    r"(?<![\d.])12\s*-?\s*months?", r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"(?<![\d.])12\s*个\s*月",
    r"(?<![" + CN_DIGIT + "])十\s*二\s*个\s*月", r"(?<![第每" + CN_DIGIT + "])一\s*年(?!级)", r"(?<![a-z])(?:one|1)\s*-?\s*years?(?![a-z])",
    r"(?<![\d.])5\s*-?\s*years?", r"(?<![a-z])five\s*-?\s*years?", r"(?<![\d" + CN_DIGIT + "第])五\s*年(?!度)",     # TCO horizon
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4-hour", "four (4) hours", "4小时", "四个小时", "0.05%", ".05 %",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%",
            "forty per cent", "12 months", "12-month", "twelve months", "12个月", "十二个月", "一年", "one year",
            "5 years", "five-year", "五年", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "7×24小时", "14 hours", "0.08%", "0.055%",
             "万分之八", "万分之三", "200%", "130%", "百分之三十五", "35%", "115%", "140%", "112 months", "二十二个月",
             "第一年", "每一年", "2025年", "五家代发银行", "1,500元", "45%", "150%", "six months", "2 years", "12 hours",
             "Priority 4", "45 days", "30 days", "400 for each day", "1,440"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), "must hit: " + s
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", " ", s), re.sub(r"\s+", "", s)):
            assert not RX.search(v), "must miss: %r hit %r" % (s, RX.search(v).group(0))


# ---------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                out.append("\t".join(c.text for c in row.cells))
        return "\n".join(out)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, d in DESIGN.items():
        if d["file"].endswith((".docx", ".pdf")):
            sources[key] = d["src"]
            targets[key] = (d["file"], d["file"].rsplit(".", 1)[1])
        else:
            (OUT / d["file"]).write_text(d["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", d["file"])
    write(sources, targets, OUT, wrap_words=True)


def labels():
    for key, d in DESIGN.items():
        t, e = d["terms"], d["extra"]
        assert list(t) == TERM_KEYS
        if t["contract_kind"] == "goods_or_licence":
            assert list(e) == ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                               "contract_value"]
        else:
            assert list(e) == ["sla_clause", "ld_stated", "acceptance_deemed_on_delivery", "contract_value"]
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        if t["final_payment_on_acceptance"] is None:
            assert t["contract_kind"] == "service"
        assert sum(d["parts"]) == e["contract_value"], key
        assert sum(d["pay"]) == e["contract_value"], key
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        s = tco_share(d)
        assert s is None or abs(s - TCO_SHARE_TH) > 2, (key, s)
        rules = derive_rules(d)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        lab = {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": t,
               "expected_extra": e, "expected_rules": rules}
        (OUT / (d["file"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                     encoding="utf-8")
        print("%s  rules=%s  risk=%s  tco_share=%s" % (d["file"], ",".join(r[3:] for r in rules) or "(none)",
                                                      risk(rules), None if s is None else round(s, 2)))


def checks():
    fired = set()
    for d in DESIGN.values():
        fired |= set(d["rules"])
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    mix = {k: len(d["rules"]) for k, d in DESIGN.items()}
    assert sorted(k for k, n in mix.items() if n == 0) == ["h1015e03", "h1015z01"]
    assert DESIGN["h1015e01"]["rules"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["h1015e01"]["rules"]) == "low"
    assert 8 <= mix["h1015z05"] <= 10
    assert sorted(k for k, n in mix.items() if 2 <= n <= 3) == ["h1015e02", "h1015e04", "h1015e05", "h1015z02",
                                                               "h1015z03", "h1015z04"]
    for key, d in DESIGN.items():
        path = OUT / d["file"]
        text = read_back(path)
        n = size(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        print("%-60s %s %5d" % (d["file"], "chars" if d["lang"] == "zh" else "words", n))
        assert lo <= n <= hi, (key, n)
        for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(v)
            assert not m, (key, m.group(0), v[max(0, m.start() - 30):m.end() + 30])
        assert "CNY" in text or "元" in text
    assert "confiden" not in read_back(OUT / DESIGN["h1015e04"]["file"]).lower()


if __name__ == "__main__":
    scan_selftest()
    build()
    labels()
    checks()
    print("all checks passed")
