"""Builds the holdout139 contracts from the sources below (run with /work/main/.venv/bin/python).

Ten ordinary drafts, written by hand before any run. The .docx and .pdf files are made with ../word_pdf.py
(markup: T title, H heading, P paragraph, TB table row); the .md and .txt files are written as they are.
PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h139z01 — 市公安局交通警察支队 交通信号控制平台 (政府采购 公开招标, buyer's paper), .pdf, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H139Z01 = """
T:临江市交通信号控制平台建设项目政府采购合同
P:合同编号：LJJJ-ZFCG-2025-017
P:采购方式：公开招标（招标编号：LJCG2025-GK-0386）
P:甲方（采购人）：临江市公安局交通警察支队
P:住所：临江市滨江路88号
P:乙方（供应商）：临江智行交通科技有限公司
P:住所：临江市高新区科创大道1206号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责临江市中心城区86个路口交通信号控制系统的升级改造及市级交通信号控制平台的建设，包括平台软件部署、联网信号机更换、雷视一体检测器安装、中心服务器及存储配置，与市公安局集成指挥平台、卡口系统和互联网地图的接口开发，安装调试、区域协调配时优化及培训。
P:1.2 项目实施地点为甲方指挥中心机房及各路口现场。乙方应按招标文件技术要求和投标文件承诺的方案实施；路口施工须服从甲方的交通组织安排，原则上在22:00至次日6:00进行，并设置规范的施工围挡和警示标志。
P:1.3 乙方应派驻具有高级工程师职称的项目经理一名，项目经理在合同履行期间不得更换；确需更换的，应事先取得甲方书面同意。
H:第二条 合同价款
P:2.1 本合同总价为人民币陆佰玖拾捌万壹仟元整（¥6,981,000.00），为固定总价，包括设备、软件许可、运输、保险、安装、调试、接口开发、培训、质保期内服务以及税费等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|交通信号控制平台软件（中心版，永久许可）|1套|860,000|860,000
TB:2|联网信号机（含机柜、电源及防雷）|86台|38,500|3,311,000
TB:3|雷视一体检测器|172台|9,800|1,685,600
TB:4|中心服务器及存储|1批|468,000|468,000
TB:5|接口开发（集成指挥平台、卡口系统、互联网地图）|1项|326,000|326,000
TB:6|安装调试及区域协调配时优化|1项|294,000|294,000
TB:7|培训|1项|36,400|36,400
TB:|设备及软件小计（第1至4项）|||6,324,600
TB:|合同总价|||6,981,000
P:2.2 除本合同另有约定外，合同履行期间价款不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,396,200。
P:3.2 全部设备到货并安装完毕、经甲方到货签收后15个工作日内，甲方支付合同总价的35%，即¥2,443,350。到货签收仅确认数量和外观，不视为验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的45%，即¥3,141,450。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保证金，终验合格后15个工作日内无息退还。每次付款前乙方应开具等额增值税专用发票；付款受财政资金拨付程序影响的，付款期限相应顺延，但不超过30日。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后10日内提交实施方案、进度计划和路口施工交通组织方案，经甲方书面确认后实施。
P:4.2 乙方应于合同签订后60日内完成全部设备到货，120日内完成安装调试和接口联调并书面申请初验。
P:4.3 设备须为全新原厂产品，型号与投标文件一致；信号机须具有国家认可的交通安全产品检测机构出具的有效检测报告。
H:第五条 验收
P:5.1 初验：安装调试完成后，乙方提交初验申请和自检报告，甲方在10个工作日内组织初验。初验标准为：（1）86个路口信号机全部联网，平台可远程下发和切换配时方案，下发至生效时间不超过3秒；（2）检测器流量检测误差不超过±5%，排队长度检测误差不超过±3米；（3）与集成指挥平台、卡口系统的接口按接口规范完成联调，连续7日数据比对无差异；（4）平台通过第三方网络安全等级保护三级测评和软件安全测评。
P:5.2 试运行及终验：初验合格后进入90日试运行。试运行期间未发生一级故障，区域协调控制路段早晚高峰平均行程时间较实施前下降不少于8%，且乙方完成全部技术文档、源代码和操作手册移交的，甲方组织终验并出具终验报告。甲方可邀请第三方专业机构参与验收。
P:5.3 到货签收、安装完成、初验、试运行以及甲方对系统的使用，均不视为终验合格。验收不合格的，乙方应在15日内整改并承担费用；重新验收仍不合格的，甲方有权依第十三条解除合同。
H:第六条 质量保证与维保
P:6.1 质保期为终验合格之日起三年。质保期内乙方免费提供软件升级、故障维修和部件更换，信号机及检测器故障件在48小时内更换，并每半年进行一次全面巡检。
P:6.2 质保期满后，甲方可委托乙方继续提供维保服务，维保年费不超过设备及软件小计的6%（即每年不超过¥379,476），且质保期满后两年内不上调。维保服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:7.2 故障分级及时限：一级故障（平台中断、区域信号失控或5个以上路口同时黄闪）乙方应在15分钟内响应，2小时内到场，6小时内恢复；二级故障（单路口故障或单项接口中断）30分钟内响应，8小时内恢复；三级故障（一般功能问题）2个工作日内解决。
P:7.3 乙方每超过响应或恢复时限1小时，甲方扣减¥2,000；年度可用率每低于约定值0.01个百分点，甲方扣减¥3,000。扣减款从履约保证金或应付款中抵扣。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属各大队。
P:8.2 乙方为本项目开发的接口程序、配时方案、路口渠化设计图及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付的设备和软件不侵犯第三方的知识产权，因侵权引起的一切责任由乙方承担。
H:第九条 数据安全
P:9.1 本项目采集、传输、存储的交通流量、卡口过车、视频图像及信号配时等数据属于甲方，乙方不得以任何方式留存、复制、使用或向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求实施，平台部署于公安视频专网，不得私设外联；乙方驻场人员须经甲方审查备案，远程维护须经甲方逐次审批并通过堡垒机进行，操作全程记录，日志保存不少于六个月。
P:9.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的警务工作秘密、路网结构、系统口令和甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期申请初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期交货或逾期申请初验超过30日；（2）验收两次不合格；（3）发生其他重大违约，经甲方书面催告后15日内仍未纠正。
P:13.2 合同解除后，乙方应退还预付款及甲方已付但未对应合格交付的款项，并赔偿甲方的损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份。
P:15.2 本合同的履约验收纳入政府采购履约验收管理，验收结果按规定公开。
P:甲方（盖章）：临江市公安局交通警察支队    乙方（盖章）：临江智行交通科技有限公司
P:授权代表：                    授权代表：
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h139z02 — 浮法玻璃 缺陷在线检测系统 (hardware + post-warranty maintenance), .docx with a Word price table, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H139Z02 = """
T:浮法玻璃缺陷在线检测系统采购及维保合同
P:合同编号：HGFB-SB-2025-0412
P:甲方（买方）：华港浮法玻璃有限公司
P:住所：安徽省蚌埠市淮上区沫河口工业园玻璃大道9号
P:乙方（卖方）：精视光电检测技术有限公司
P:住所：江苏省苏州市工业园区星湖街328号
P:鉴于甲方一线、二线浮法玻璃生产线需配置冷端缺陷在线检测系统，乙方具备相应的产品和实施能力，双方经友好协商，就系统供货、安装调试及质保期满后的维保服务签订本合同，共同遵守。
H:一、合同标的与范围
P:（一）乙方为甲方两条浮法线各提供一套缺陷在线检测系统，包括线阵相机检测单元、LED线光源及控制器、检测工控机及图像处理服务器、缺陷识别与分级软件，并为两条线共同提供一套数据服务器及质量追溯软件。
P:（二）乙方负责现场安装、标定与联调，包括与甲方切割控制系统、掰边系统、堆垛机器人及MES系统的接口，使检测结果能够驱动切割优化和分级堆垛。
P:（三）乙方负责建立缺陷样本库并调优识别模型，缺陷类别至少包括气泡、结石、锡点、划伤、光畸变和边部缺陷。
P:（四）乙方负责对甲方质检、设备和工艺人员进行操作与日常维护培训。
H:二、合同价格
P:（一）本合同总价为人民币肆佰肆拾贰万元整（¥4,420,000），含13%增值税、包装、运输、保险、安装、标定、联调、培训及质保期内服务费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|线阵相机检测单元（含8K线阵相机及防护罩）|2套|1,185,000|2,370,000
TB:2|LED线光源及恒流控制器|2套|146,000|292,000
TB:3|检测工控机及图像处理服务器|2套|213,500|427,000
TB:4|缺陷识别与分级软件（永久许可）|2套|268,000|536,000
TB:5|数据服务器及质量追溯软件|1套|318,000|318,000
TB:|设备及软件小计（第1至5项）|||3,943,000
TB:6|安装、标定与联调（含切割、掰边、堆垛及MES接口）|1项|287,000|287,000
TB:7|缺陷样本库建设与模型调优|1项|164,000|164,000
TB:8|培训|1项|26,000|26,000
TB:|合同总价|||4,420,000
P:（二）质保期满后的年度维保费用按第七条执行，不含在上述合同总价内。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥442,000。
P:（二）设备全部到货并经甲方清点签收后15个工作日内，甲方支付合同总价的35%，即¥1,547,000。到货签收仅为数量和外观确认，不代表质量验收。
P:（三）系统终验合格后15个工作日内，甲方支付合同总价的50%，即¥2,210,000。
P:（四）剩余5%即¥221,000作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
P:（五）乙方应在每次付款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方工厂，并于到货后30日内完成安装和标定。安装应利用甲方计划停机或换板窗口进行，不得影响生产线的连续运行。
P:（二）乙方应在进场前提交施工方案和安全措施，严格遵守甲方厂区高温作业、动火作业、锡槽区域及冷端输送辊道的安全管理规定。
H:五、验收
P:（一）安装标定完成后进入30日连续在线考核。考核达到下列全部标准的，甲方出具终验报告：
P:1. 对0.3毫米及以上的气泡、结石和锡点，检出率不低于98%；
P:2. 误报率不高于1.5%，缺陷分类准确率不低于95%；
P:3. 检测结果传输至切割控制系统的延时不超过200毫秒，切割优化和分级堆垛联动正确；
P:4. 考核期内未发生导致检测中断超过2小时的故障，质量追溯软件可按批次、板号查询缺陷图像。
P:（二）检出率、误报率以甲方质检部门人工复检抽样结果为准，每线每班抽样不少于200片。
P:（三）到货签收、安装完成、在线考核或甲方使用检测结果，均不视为终验合格。考核不合格的，乙方应在20日内整改后重新考核，费用由乙方承担。
H:六、质量保证
P:（一）质保期为终验合格之日起二十四个月。质保期内乙方免费维修或更换故障部件（包括相机、光源、工控机和服务器），并免费提供软件升级和模型调优。
P:（二）乙方应在甲方所在地备有关键备件，线阵相机和光源控制器各不少于2套。
H:七、质保期满后的维保
P:（一）质保期满后，乙方为甲方提供为期三年的年度维保服务，内容包括季度巡检与标定、备件更换、软件升级、模型再训练以及7×24小时远程支持。
P:（二）年度维保费按设备及软件小计的18%计取，即每年人民币709,740元，三年内固定不变，于每个维保年度结束后15个工作日内支付。
P:（三）三年维保期满后是否续签由双方另行协商，不自动续期。
H:八、服务水平
P:（一）故障分级：一级故障指任一条线检测系统停机或整体漏检，影响在线判级；二级故障指部分相机或功能异常但系统仍可运行；三级故障指其他一般问题。
P:（二）一级故障乙方应在30分钟内响应，6小时内到达现场，12小时内恢复；二级故障2小时内响应，24小时内恢复；三级故障3个工作日内解决。上述时限在质保期和维保期内均适用。
P:（三）乙方每超过上述时限1小时，甲方扣减人民币1,500元，从质量保证金或维保费中扣除。
H:九、知识产权
P:（一）检测软件本身的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:（二）乙方为本项目定制的缺陷分类模型、训练参数、接口程序及其源代码和技术文档归甲方所有，甲方可自行使用、修改或委托第三方维护。
H:十、数据安全
P:（一）检测系统产生的缺陷图像、质量数据和生产工艺数据属于甲方，乙方仅可为履行本合同使用，不得复制、带离现场或用于其他客户的模型训练。
P:（二）检测系统部署于甲方生产网，与办公网隔离；远程维护须经甲方逐次审批，通过甲方VPN和堡垒机进行并全程录像；样本库建设和模型训练在甲方服务器上进行。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十一、保密
P:乙方对履约中知悉的甲方工艺参数、原料配方、产能及客户信息承担保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后五年。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）设备质量不符合约定的，乙方应负责更换，并赔偿甲方因此遭受的损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:十三、分包
P:检测支架的制作和安装等辅助工作，经甲方书面同意后方可分包，乙方对分包方的工作承担全部责任；其余工作不得分包。
H:十四、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，或逾期交货超过45日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交蚌埠仲裁委员会仲裁。
H:十六、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：技术规格书、缺陷分类标准、接口说明。
P:甲方（盖章）：华港浮法玻璃有限公司    乙方（盖章）：精视光电检测技术有限公司
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h139z03 — 琴行连锁 教务与排课 SaaS (three years + 实施), .md, Markdown headings "## 1 …" + 1.1
# ---------------------------------------------------------------------------------------------------------------
H139Z03 = """# 琴行教务与排课系统订阅服务合同

合同编号：YP-SaaS-2025-031

甲方（客户）：悦音琴行连锁管理有限公司
住所：四川省成都市锦江区东大街紫东楼段35号

乙方（服务商）：云谱教育科技有限公司
住所：四川省成都市高新区天府五街200号

甲方在成都、绵阳、德阳经营42家琴行校区，开设钢琴、提琴、声乐及乐理课程。为统一教务、排课、课时消耗和家长沟通，甲方订阅乙方"云谱教务"软件即服务（SaaS），并委托乙方完成实施。双方经协商一致，签订本合同。

## 1 服务内容

1.1 订阅服务：学员档案、课程包与课时管理、教师排课与琴房排课（含冲突检测）、约课与请假、消课签到、家长端微信小程序通知、课时余额提醒、教师课酬统计以及校区经营报表。

1.2 实施服务：42个校区的数据迁移（学员、课程包、剩余课时和预收款余额），课表模板与课酬规则配置，小程序上线，与甲方收银系统对接，以及校区管理员和教师培训。

1.3 订阅期为三年，自上线验收合格之日起计算。订阅期内乙方免费提供平台的版本升级。

1.4 乙方为甲方配备专属客户成功经理一名，并提供在线客服，服务时间为每日9:00至21:00（含周末及法定节假日），以匹配琴行的上课时间。

## 2 费用

2.1 本合同金额为人民币952,800元，明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅费 | 42校区 × 6,800元/校区/年 × 3年 | 856,800 |
| 实施费 | 一次性（数据迁移、配置、对接、培训） | 96,000 |
| 合计 | | 952,800 |

2.2 短信通知按每条0.045元据实结算，不计入合同金额。

2.3 订阅期内新增校区的，按6,800元/校区/年并按剩余订阅期折算计费；关闭校区的，自次一季度起相应减少订阅费。

2.4 上述价格均为含税价，订阅服务和实施服务适用6%的增值税税率。

## 3 付款

3.1 本合同不设预付款。

3.2 实施费在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度结算，甲方在每个季度结束后10个工作日内支付当季订阅费71,400元。乙方应在付款前开具等额增值税专用发票。

## 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成全部校区的数据迁移和上线，并书面提出验收申请。

4.2 上线验收标准：（1）学员、课程包和剩余课时迁移后逐校抽查核对无差异，42个校区的预收款余额与甲方财务账一致；（2）排课冲突检测覆盖教师、琴房和学员三类冲突；（3）家长端约课、请假和消课通知实时推送，延迟不超过1分钟；（4）周末上午高峰时段页面响应时间不超过3秒；（5）管理员和教师培训完成并经考核。

4.3 甲方在收到验收申请后5个工作日内组织验收并签署验收单。系统上线使用不视为验收合格。

4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金800元。

4.5 甲方负责提供各校区的原始数据并指定数据核对人员；乙方负责数据清洗、导入和差异报告。迁移和切换应安排在非上课时段进行，不得影响各校区的正常上课和收费。

## 5 服务水平

5.1 平台月度可用率不低于99.5%。计划维护应安排在凌晨1:00至5:00之间，每月不超过两次，并提前3日通知甲方。

5.2 故障响应：一级故障（平台整体不可用，或排课、消课功能无法使用）30分钟内响应、3小时内恢复；二级故障（部分功能异常）2小时内响应、1个工作日内解决；三级问题3个工作日内答复。

5.3 服务补偿：月度可用率低于约定值但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%；一级故障响应超时的，每次另减免当月订阅费的2%。

5.4 乙方应于每月10日前向甲方提供上月服务报告，列明可用率、故障处理情况和应减免的费用，减免金额在当季订阅费中直接扣除。

## 6 数据

6.1 甲方、学员及家长的数据（包括未成年学员的个人信息）属于甲方，乙方仅按甲方指示处理。

6.2 乙方可在去除个人身份信息后，对甲方数据进行汇总分析，用于乙方的产品改进和发布艺术教育行业研究报告，该等汇总数据及分析成果的权利归乙方。

6.3 数据安全：平台已通过网络安全等级保护三级测评，数据存储于境内数据中心，传输和存储均加密，按角色分级授权，操作日志保存不少于六个月；处理未成年人个人信息应遵守《个人信息保护法》和《未成年人网络保护条例》。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。

6.4 合同终止后30日内，乙方应按甲方要求以Excel格式返还全部数据，并在返还确认后删除。

## 7 知识产权

7.1 云谱平台的知识产权归乙方所有。

7.2 乙方为甲方定制的课表模板、经营报表和收银系统接口程序，知识产权归甲方，甲方可自由使用、修改并交由第三方使用。

## 8 保密

8.1 双方对在履约中知悉的对方商业秘密和非公开信息负有保密义务，包括甲方的学员名单、收费标准、教师薪酬和经营数据，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 9 续期

9.1 订阅期满前30日内任何一方未书面提出不再续订的，本合同自动续期一年，续期可连续进行。

9.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一期单价的8%，以乙方在期满前发出的书面通知为准。

## 10 违约责任

10.1 乙方未按第5条提供服务的，按第5.3条减免订阅费；因乙方原因造成甲方数据丢失或泄露的，乙方应赔偿甲方的全部损失。

10.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

10.3 乙方不得以甲方未付款以外的理由暂停或中断服务。甲方逾期付款超过60日的，乙方可在书面通知15日后暂停服务，但应完整保留甲方数据。

## 11 分包

11.1 乙方不得将本合同项下的服务分包或转包给第三方。附件二所列的云基础设施服务商视为甲方已书面同意；更换云基础设施服务商或新增任何分包，均须事先取得甲方书面同意。

## 12 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，或连续两个月可用率低于99%的，甲方有权解除合同，乙方应退还已付但未使用期间的费用并按第6.4条返还数据。

12.2 订阅期满不再续订或合同解除的，乙方应提供不少于30日的数据导出期，并配合甲方向新的服务商迁移数据。

## 13 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

## 14 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 附件：一、功能清单；二、云基础设施服务商及数据中心位置；三、实施计划。

甲方（盖章）：悦音琴行连锁管理有限公司　　　乙方（盖章）：云谱教育科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h139z04 — 区政务服务中心 政务服务一体化平台 年度运维 (政府采购 竞争性磋商), .txt, 第一章 / 第X条 / （一）
# ---------------------------------------------------------------------------------------------------------------
H139Z04 = """澄江市东湖区政务服务一体化平台2025年度运维服务合同

项目编号：DHZW-CS-2025-009（竞争性磋商）
合同编号：DHZWFW-2025-014

甲方（采购人）：澄江市东湖区政务服务中心
地址：澄江市东湖区市民大道66号

乙方（成交供应商）：数政信息技术有限公司
地址：澄江市软件园三期C座7楼

根据《中华人民共和国政府采购法》《中华人民共和国民法典》，依据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一章 总则

第一条 服务对象
本合同服务对象为东湖区政务服务一体化平台，包括一网通办受理系统、综合窗口系统、好差评系统、电子证照库、排队叫号系统、自助终端管理系统，以及承载上述系统的服务器、数据库、中间件和安全设备。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自行终止，下一年度运维服务由甲方另行组织采购，本合同不自动续期。

第二章 服务内容与合同价格

第三条 服务内容
（一）驻场运维：乙方派驻4名人员（项目经理1名、应用运维工程师2名、系统运维工程师1名），工作日8:30至17:30在甲方驻场，节假日安排专人值班，大厅延时服务期间驻场至19:00。
（二）应用系统运维：日常巡检、故障处理、数据修复、版本部署、与省市平台接口的监测和对账、业务配置调整。
（三）基础环境运维：38台服务器、数据库、中间件和存储的监控、巡检、补丁、备份与恢复演练。
（四）安全运维：每月漏洞扫描、每半年一次渗透测试、等级保护测评整改配合、网络安全应急演练。
（五）优化开发：按甲方需求单进行小规模功能优化，以120人天为限。

第四条 合同价格
本合同总价为人民币壹佰叁拾万零叁仟元整（¥1,303,000），包括人员、工具、差旅、税费等全部费用，服务期内不作调整。明细如下：
  序号  服务项目                        计价方式              金额（元）
  1     驻场运维服务                    4人               624,000
  2     应用系统运维                    服务期内             286,000
  3     基础环境运维                    服务期内             158,000
  4     安全运维                        服务期内              97,000
  5     优化开发                        120人天×1,150元      138,000
        合计                                                1,303,000

第三章 服务要求与考核

第五条 服务水平
（一）平台年度可用率不低于99.95%，经甲方批准的计划内维护时间除外。
（二）故障分级：一级故障指一网通办受理或综合窗口系统整体不可用、办件数据无法提交；二级故障指单个系统或部分功能不可用；三级故障指不影响办件的一般问题。
（三）一级故障乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内恢复；三级故障2个工作日内解决。
（四）乙方每月5日前提交上月运维报告，每季度提交季度运维报告，内容包括工单、故障、巡检、备份和安全情况。

第六条 服务考核
（一）甲方每季度按本合同附件《运维服务考核细则》对乙方进行考核，考核项目包括可用率、故障响应与恢复时限、工单办结率、报告提交和驻场出勤情况。
（二）考核结果作为乙方年度履约评价和甲方下一年度采购的参考。甲方不因服务水平未达标而扣减服务费，乙方亦不因此支付违约金或其他补偿。
（三）连续两个季度考核结果为"不合格"的，甲方有权依第十五条解除合同。

第七条 服务交接与验收
（一）乙方应于2025年7月1日前完成进场交接。交接标准为：系统和设备清单逐项核对，管理员账号和口令移交至甲方管理，监控覆盖全部服务器和应用，应急预案经甲方确认，驻场人员到岗。
（二）服务期满前，乙方应提交年度运维总结、知识库、配置文档和脚本。甲方依据本合同服务要求和各季度考核记录组织年度服务验收，出具验收意见。验收不合格的，乙方应在15日内完成整改。

第四章 付款

第八条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。甲方在每季度考核确认后15个工作日内支付当季服务费，即合同总价的25%（¥325,750）。
（三）乙方应在每次付款前开具合法有效的发票。甲方付款受财政资金拨付程序影响的，付款期限相应顺延，但最长不超过30日。

第五章 数据安全、保密与知识产权

第九条 数据安全
（一）平台中的办件材料、申请人身份信息、电子证照及日志数据均属于甲方，乙方仅可为履行本合同进行处理，不得留存、复制、分析或向第三方提供。
（二）乙方运维人员须签署安全承诺书，通过甲方堡垒机进行运维操作，禁止使用个人设备接入政务外网，数据导出须经甲方书面审批。
（三）乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护的要求。发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方对履约中知悉的政务信息、系统架构、口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。

第十一条 知识产权
乙方在服务期间为甲方编写的优化代码、脚本、配置文档、知识库和报告，知识产权归甲方所有，甲方可自由使用、修改并交由第三方使用。

第六章 分包、违约与解除

第十二条 分包
安全运维中的渗透测试和等级保护测评整改配合工作，乙方可委托具备相应资质的第三方机构实施，但应提前5个工作日书面告知甲方。乙方对第三方机构的工作及其数据安全行为承担责任。

第十三条 违约责任
（一）乙方未按第七条第（一）项约定按期完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自更换的，乙方应在5个工作日内安排同等资历人员到岗。
（三）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

第十五条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除合同：（一）连续两个季度考核不合格；（二）发生因乙方原因导致的重大网络安全事件；（三）其他重大违约，经甲方书面催告后15日内仍未纠正。合同解除后，甲方按乙方已实际提供且合格的服务结算费用。

第七章 争议解决及其他

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方两份。附件：运维服务考核细则、驻场人员名单、系统及设备清单。

甲方（盖章）：澄江市东湖区政务服务中心          乙方（盖章）：数政信息技术有限公司
授权代表：                                      授权代表：
日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h139z05 — 速冻水饺企业 WMS licence + 定制开发, the SUPPLIER's own template, .md, "## 第X条" + 1、2、
# ---------------------------------------------------------------------------------------------------------------
H139Z05 = """# 链仓WMS软件产品销售及实施服务合同

**（链仓科技标准合同文本 V5.0）**

合同编号：LC-WMS-2025-0863

甲方（买方）：三禾食品有限公司
住所：河南省郑州市惠济区食品工业园三禾路1号

乙方（卖方）：链仓软件科技有限公司
住所：浙江省杭州市滨江区江南大道3850号

甲方为速冻水饺、汤圆和面点的生产企业，拥有郑州、新乡两地的成品冷库及两个区域分拨仓。甲方向乙方购买"链仓WMS冷链版"软件产品并委托乙方进行定制开发和实施。乙方已向甲方演示标准产品功能，甲方确认已充分了解软件功能并认可其满足甲方的业务需要。双方经协商一致，签订本合同。

## 第一条 合同标的

1、软件产品：链仓WMS冷链版软件永久使用许可，覆盖4个仓库站点、60个RF手持终端用户和20个PC端用户。

2、定制开发：批次效期管理与先进先出（FEFO）出库规则、-18℃速冻库与-25℃低温库的温区库位策略、冷库门作业时长控制、与甲方金蝶ERP、运输管理系统（TMS）和地磅电子秤的接口。

3、实施服务：业务蓝图、系统配置、基础数据导入、上线切换支持和用户培训。

4、培训：乙方为甲方仓库主管和系统管理员提供不超过3天的集中培训，RF终端操作人员的培训由甲方自行组织。

## 第二条 合同价格

1、合同总价为人民币壹佰壹拾柒万肆仟元整（¥1,174,000），含增值税。

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链仓WMS冷链版软件许可（永久） | 520,000 |
| 2 | 定制开发 | 468,000 |
| 3 | 实施服务 | 186,000 |
| | 合计 | 1,174,000 |

2、上述价格不含硬件设备、RF手持终端、操作系统和数据库许可，该等产品由甲方自行采购。

3、乙方人员往返甲方现场的差旅费用超出20人次的部分，由甲方按实报销。

4、本合同价格为乙方针对本项目给予的优惠价格，甲方不得向任何第三方披露。

## 第三条 付款方式

1、本合同签订后5个工作日内，甲方支付合同总价的65%，即人民币763,100元。乙方收到该款项后启动项目。

2、系统上线后10个工作日内，甲方支付合同总价的35%，即人民币410,900元。

3、甲方逾期付款的，每逾期一日，按应付未付金额的千分之五向乙方支付违约金；逾期超过15日的，乙方有权暂停实施和技术支持服务，工期相应顺延。

## 第四条 交付与上线

1、乙方计划在收到首付款后90日内完成定制开发和实施，具体进度以双方确认的项目计划为准。

2、因需求变更、甲方数据准备不及时、甲方现场条件不具备或其他非乙方单方原因导致延期的，交付期相应顺延。乙方延期交付的，双方协商调整项目计划，甲方不得因此要求乙方支付违约金或赔偿损失。

3、甲方应指定项目负责人，及时确认需求和测试结果；甲方超过3个工作日未确认的，视为确认。

4、甲方应为乙方实施人员提供办公场所和网络，并提供进入冷库作业所需的防寒服装。

5、需求确认后甲方提出的变更，乙方按每人天2,800元另行收费，交付期相应顺延。

6、系统上线前，甲方应完成库位编码、商品主数据和期初库存的整理并组织盘点；因甲方盘点数据错误导致的账实差异，由甲方自行负责。

## 第五条 验收

1、系统部署完成并在甲方任一仓库上线运行，即视为甲方验收合格。

2、甲方在上线后发现的问题，按第六条约定的维护服务处理，不影响验收结论和付款。

3、甲方拒绝签署上线确认单的，以乙方发出上线通知之日为验收合格之日。

## 第六条 免费维护期

1、免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

2、紧急故障（系统无法入库或出库）乙方在接到甲方通知后二十四小时内响应，一般问题在五个工作日内答复。

3、乙方将尽力保障系统稳定运行，但不承诺具体的可用率或修复时限。乙方不因响应或修复时间承担任何扣款、赔偿或违约责任。

4、免费维护期内乙方的服务时间为工作日9:00至18:00；夜间、周末和节假日的现场或远程支持，按乙方收费标准另行计费。

5、因甲方自行修改配置、操作不当、硬件故障或使用非乙方认可的设备导致的问题，不属于免费维护范围。

## 第七条 后续维护服务

1、免费维护期满后，甲方如需乙方继续提供维护服务，应另行签订维护服务合同，维护服务费按乙方届时公布的标准服务价格执行。

2、未签订维护服务合同的，乙方不再提供技术支持、缺陷修复和版本升级。

## 第八条 知识产权

1、链仓WMS软件产品的知识产权归乙方所有。

2、乙方在本合同项下完成的定制开发成果，包括FEFO出库规则、温区库位策略、接口程序及其源代码和设计文档，知识产权归乙方所有。甲方在本合同约定的站点范围内享有非独占、不可转让的使用权，不得修改、反向工程或交由第三方使用。

3、甲方不得对软件进行反编译或复制，不得将软件安装于本合同约定站点以外的服务器。

4、乙方可将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

1、甲方的库存、出入库、批次和客户订单数据归甲方所有。

2、乙方可对甲方业务数据进行脱敏处理后，用于产品优化、算法训练和冷链行业分析报告。

3、乙方在实施和维护过程中应采取合理的技术和管理措施保护甲方数据的安全，远程访问须使用甲方提供的账号；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的数据泄露由乙方依法承担责任。

4、合同终止后，乙方在甲方结清全部款项后30日内协助甲方导出数据。

## 第十条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 责任限制

1、任何情况下，乙方对甲方的全部赔偿责任累计不超过本合同第二条所列实施服务费的金额，即人民币186,000元。

2、乙方不对甲方的间接损失、利润损失、商誉损失或数据丢失承担责任。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、停电或第三方软件（包括操作系统、数据库和ERP系统）缺陷导致的延误或损失，乙方不承担责任。

## 第十三条 合同解除

1、任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

2、合同解除的，乙方已收取的软件许可费不予退还。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

1、本合同自双方盖章之日起生效，一式两份，双方各执一份。

2、本合同未尽事宜，由双方协商解决。

3、本合同附件为报价单、功能清单和定制开发需求说明。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：三禾食品有限公司　　　乙方（盖章）：链仓软件科技有限公司

签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h139e01 — Wenzhou valve maker, QMS perpetual licence + configuration + support; Irish vendor (Spike Island),
#           .pdf, "Clause N" + N.M
# ---------------------------------------------------------------------------------------------------------------
H139E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. SIQ-CN-2025-044
P:THIS AGREEMENT is made on the date of the last signature below
P:BETWEEN:
P:(1) SPIKE ISLAND QUALITY SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (company number 612447), having its registered office at The Harbour Building, Spike Island, Cobh, Co. Cork, Ireland (the "Supplier"); and
P:(2) WENZHOU OUJIANG VALVE MANUFACTURING CO., LTD., a company established in the People's Republic of China, having its registered address at 77 Binhai Fourth Road, Longwan District, Wenzhou, Zhejiang Province (the "Customer").
P:BACKGROUND:
P:(A) The Customer manufactures industrial valves and wishes to replace its paper and spreadsheet quality records with an integrated quality management system.
P:(B) The Supplier owns the software known as SIQ Quality Suite and has agreed to licence, configure and support it on the terms of this Agreement.
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Software" means SIQ Quality Suite Enterprise Edition and the modules listed in Schedule 1, in object code, with the Documentation and all updates supplied under this Agreement; "Services" means the configuration, integration, migration and training services described in Clause 3; "Deliverables" means all configurations, workflows, inspection plans, report templates, interface code and documents prepared by the Supplier specifically for the Customer; "Go-Live" means the first use of the configured Software for production records at the Customer's Longwan plant; "Final Acceptance" has the meaning given in Clause 5.4; and "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Supplier grants the Customer a perpetual, irrevocable (save under Clause 12.2), non-exclusive licence to install and use the Software for 180 named users at the Customer's sites in the People's Republic of China for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software reasonably necessary for backup, testing and disaster recovery.
P:2.3 The Software will be installed on servers owned and operated by the Customer in its Wenzhou data room. The Supplier will not host the Software or any Customer Data.
H:Clause 3 Services
P:3.1 The Supplier shall: (a) configure non-conformance, CAPA, inspection and document-control workflows for the Customer's 38 valve families; (b) build inspection plans and test records for hydrostatic shell and seat tests under API 598, API 6D and ISO 5208; (c) integrate the Software with the Customer's Kingdee ERP system and with the data output of its 14 pressure-test benches; (d) migrate five years of historical inspection and calibration records; and (e) train 24 key users and 6 administrators.
P:3.2 The Supplier shall perform the Services with reasonable skill and care and in accordance with the project plan agreed at the kick-off meeting.
P:3.3 The Supplier shall deliver a configured test environment within 70 days of signature and achieve Go-Live within 120 days of signature.
H:Clause 4 Fees and Payment
P:4.1 At the Customer's request all prices are stated and payable in Renminbi (CNY). The total price under this Agreement is CNY 2,148,000 (the "Contract Price"), inclusive of VAT, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licence, SIQ Quality Suite Enterprise, 180 named users (180 x 6,600)|1,188,000
TB:2|Modules: Calibration and Gauge Management, Supplier Quality, APQP/PPAP|264,000
TB:|Licence Fees subtotal (items 1-2)|1,452,000
TB:3|Configuration and workflow set-up|418,000
TB:4|ERP and test-bench integration|176,000
TB:5|Data migration|68,000
TB:6|Training|34,000
TB:|Contract Price|2,148,000
P:4.2 The Contract Price shall be paid as follows: (a) 20 per cent (CNY 429,600) within 20 Business Days after signature, against the Supplier's invoice; (b) 45 per cent (CNY 966,600) within 20 Business Days after Go-Live; and (c) 35 per cent (CNY 751,800) within 20 Business Days after Final Acceptance.
P:4.3 The Supplier shall issue a valid invoice for each payment.
H:Clause 5 Testing and Acceptance
P:5.1 The parties shall agree written acceptance test scripts not later than 20 Business Days before Go-Live.
P:5.2 Before Go-Live the Supplier shall demonstrate in the test environment that: (a) every workflow in Schedule 2 runs end to end without a Severity 1 or Severity 2 defect; (b) 500 consecutive pressure-test results transfer from the test benches into the Software without loss or alteration; (c) item master, supplier and purchase-order data reconcile with Kingdee ERP; and (d) migrated records reconcile by count and by sample check of 200 records.
P:5.3 After Go-Live the Software shall run in production for 30 consecutive days without a Severity 1 defect, and all open Severity 2 defects shall have been corrected.
P:5.4 When the criteria in Clauses 5.2 and 5.3 have been met and the Deliverables and documentation have been handed over, the Customer shall sign an acceptance certificate ("Final Acceptance") within 10 Business Days. Go-Live, production use of the Software or payment of any instalment shall not constitute acceptance.
H:Clause 6 Warranty
P:6.1 The Supplier warrants that for 18 months from Final Acceptance (the "Warranty Period") the Software will perform substantially in accordance with the Documentation and the Deliverables will conform to the agreed specifications.
P:6.2 During the Warranty Period the Supplier shall, free of charge, correct any defect, supply all updates and new releases, and provide the support described in Clause 7.
H:Clause 7 Support and Service Levels
P:7.1 The Supplier shall provide a Mandarin-speaking help desk from 08:00 to 20:00 China Standard Time on Business Days, and a Severity 1 hotline at all times.
P:7.2 Severity 1 means the Software is unavailable or non-conformance, inspection or release records cannot be created. For a Severity 1 issue the Supplier shall respond within one hour and provide a fix or workaround within 8 hours. Severity 2 issues shall be responded to within 2 hours and fixed within 3 Business Days; Severity 3 issues within one Business Day and in the next release.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or fix time, the Supplier shall credit the Customer CNY 1,200, deducted from the next payment or support fee due.
P:7.4 After the Warranty Period, the Customer may buy annual support at an Annual Support Fee of 13 per cent of the Licence Fees subtotal, that is CNY 188,760 per year. This fee is fixed for the first three support years; after that, any increase shall be agreed in writing and shall not exceed 3 per cent per year. Each support year is ordered by the Customer's written purchase order. Support does not renew automatically.
H:Clause 8 Intellectual Property
P:8.1 All intellectual property rights in the Software remain with the Supplier or its licensors.
P:8.2 All intellectual property rights in the Deliverables vest in the Customer on creation. The Supplier shall deliver the Deliverables, including the source code of all interfaces, and the Customer may use, modify and license them freely, including to third parties who support the Customer.
H:Clause 9 Customer Data and Security
P:9.1 All data entered into, generated by or stored in the Software ("Customer Data") belongs to the Customer. The Supplier shall process Customer Data only on the Customer's documented instructions and only to perform this Agreement.
P:9.2 The Supplier shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT manager. The Supplier shall not copy Customer Data to its own systems or transfer any Customer Data outside the People's Republic of China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss of, Customer Data, shall co-operate in remedying it, and shall be liable for all losses caused by its breach of this Clause 9.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party received in connection with this Agreement, including product designs, test results and prices, and shall not disclose it except to employees and advisers who need to know it or as required by law. This obligation survives for five years after termination.
H:Clause 11 Delay and Liability
P:11.1 If Go-Live or Final Acceptance is delayed beyond the dates in Clause 3.3 and the project plan for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to a maximum of 10 per cent of the Contract Price.
P:11.2 Subject to Clause 11.3, the total liability of the Supplier under or in connection with this Agreement shall not exceed 150 per cent of the Contract Price.
P:11.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud, or breach of Clause 9 or Clause 10.
H:Clause 12 Subcontracting, Term and Termination
P:12.1 The Supplier shall not subcontract any of its obligations without the prior written consent of the Customer, and shall remain responsible for any approved subcontractor.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days after written notice. If the Customer terminates for the Supplier's breach before Final Acceptance, the Supplier shall refund all sums paid for the Services not accepted.
H:Clause 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:13.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute or claim arising out of or in connection with this Agreement.
H:Clause 14 General
P:14.1 This Agreement, with its Schedules, is the entire agreement between the parties. It is executed in English in two originals.
P:Schedule 1: Software and modules. Schedule 2: Workflows and acceptance test scope.
P:Signed for and on behalf of SPIKE ISLAND QUALITY SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of WENZHOU OUJIANG VALVE MANUFACTURING CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h139e02 — Zhangjiajie scenic-area operator, visitor booking SaaS; German vendor (Vilm); Order Form + General Terms,
#           .md, "§ N" + "(1)"
# ---------------------------------------------------------------------------------------------------------------
H139E02 = """# Order Form No. VT-2025-0317

**Vilm Ticketing GmbH** · Insel Vilm 1 · 18581 Putbus · Germany
Commercial Register: Stralsund Local Court, HRB 21874 · Managing Director: Dr. Henrike Saßnitz

## Part A – Order Form

| | |
|---|---|
| Customer | Zhangjiajie Yunxi Scenic Area Management Co., Ltd., 12 Tianzi Road, Wulingyuan District, Zhangjiajie, Hunan Province, People's Republic of China |
| Vendor | Vilm Ticketing GmbH, Insel Vilm 1, 18581 Putbus, Germany ("Vilm") |
| Service | VilmGate visitor booking and ticketing platform (software as a service): online booking and time-slot reservation, real-name ticketing, dynamic capacity control, turnstile validation, group and travel-agency bookings, refunds, and management reporting |
| Users | Unlimited Customer staff users; up to 3.5 million booked visits per contract year |
| Subscription Term | 36 months from the Go-Live Date |
| Currency | At the Customer's request all fees are agreed and invoiced in Renminbi (CNY) |

### Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 21,500 per month × 36 months | 774,000 |
| Onboarding Fee | one-time: configuration, turnstile gateway adapter for 46 gates, WeChat mini-program, two OTA channel connectors, data import, training | 148,000 |
| **Total contract value** | | **922,000** |

Visits above the annual volume are charged at CNY 0.06 per additional booked visit; such usage charges are not part of the total contract value.

### Payment

- The Onboarding Fee is invoiced on the Go-Live Date and is payable within 30 days of invoice.
- The Subscription Fee is invoiced quarterly in arrears and is payable within 30 days of invoice.
- No amount is payable in advance.

### Key dates

- Kick-off: within 10 working days of signature of this Order Form.
- Go-Live Date (planned): 75 days after signature, before the start of the summer season.

This Order Form incorporates the General Terms and Conditions in Part B (the "GTC"). In case of conflict, this Order Form prevails.

## Part B – General Terms and Conditions for SaaS Services

### § 1 Scope

(1) These GTC govern the provision of the VilmGate platform and the associated onboarding services by Vilm to the Customer as described in the Order Form.

(2) Terms and conditions of the Customer that deviate from these GTC do not apply, even if Vilm does not expressly object to them. Purchase orders of the Customer are accepted only as confirmation of the Order Form.

### § 2 Provision of the Service

(1) Vilm provides the platform as a hosted service via the internet. Vilm operates the production environment for the Customer in a data centre located in mainland China through the hosting provider named in Annex 2.

(2) Vilm may further develop the platform, provided that the functions described in the Order Form are not materially reduced. Vilm shall announce material changes at least four weeks in advance.

(3) The Customer is responsible for its own internet connection, its turnstile hardware and the gate network at the scenic area.

### § 3 Onboarding and Go-Live Acceptance

(1) Vilm shall carry out the onboarding services listed in the Order Form in accordance with a project plan agreed at the kick-off meeting.

(2) Before the Go-Live Date, the parties shall perform acceptance tests. The platform is accepted when (a) booking, payment, refund and real-name verification work end to end for individual and group tickets; (b) all 46 turnstiles validate tickets with a response time below one second; (c) a load test demonstrates 3,000 bookings per minute without errors; and (d) one day of bookings reconciles with the settlement files of the payment service providers. The Customer shall confirm acceptance in writing within five working days after successful tests.

(3) Use of the platform for live sales before written acceptance does not constitute acceptance.

(4) If the Go-Live Date is delayed for reasons for which Vilm is responsible, Vilm shall pay a contractual penalty of CNY 600 per calendar day of delay, up to a maximum of CNY 46,100.

### § 4 Service Levels

(1) Vilm guarantees an availability of the production platform of 99.95 % per calendar month, measured at the platform's internet gateway. Scheduled maintenance, announced at least five days in advance and carried out between 00:30 and 05:30 China Standard Time, is not counted as downtime. Maintenance during the national Golden Week holidays is excluded.

(2) Incidents are classified as follows: Priority 1 – booking or turnstile validation is not possible for all or a substantial part of visitors; Priority 2 – important functions are impaired; Priority 3 – other faults. Vilm responds to Priority 1 incidents within 30 minutes, at any time of day, and restores service within three hours; to Priority 2 incidents within two hours; and to Priority 3 incidents within one working day.

(3) If the availability falls below the agreed level, the Customer receives a service credit of 5 % of the monthly Subscription Fee for each commenced 0.1 percentage point of shortfall, up to 50 % of the monthly Subscription Fee. If Vilm misses the Priority 1 response time, the Customer receives a credit of CNY 1,000 for each commenced half hour of delay. Credits are set off against the next invoice. Further claims remain unaffected.

### § 5 Customer Data and Data Security

(1) All data entered into the platform by the Customer or its visitors, including personal information of visitors, booking records and sales data ("Customer Data"), belongs to the Customer. Vilm processes Customer Data solely on behalf of and on the instructions of the Customer and only for the purpose of providing the services.

(2) Vilm stores and processes Customer Data exclusively in mainland China. The platform environment holds a level-3 filing under the Multi-Level Protection Scheme; Vilm maintains an ISO/IEC 27001 certified information security management system, encrypts Customer Data in transit and at rest, and restricts access to named administrators with multi-factor authentication.

(3) Vilm shall notify the Customer without undue delay, and in any case within 24 hours, of any security incident affecting Customer Data, support the Customer in meeting its obligations under the Personal Information Protection Law, and bear the damages caused by incidents for which it is responsible.

(4) Upon termination Vilm shall return all Customer Data in a common format within 30 days and then delete it.

### § 6 Sub-processors and Subcontractors

(1) The hosting provider named in Annex 2 is approved by the Customer upon signature of the Order Form.

(2) Any other subcontractor or sub-processor may be engaged only with the prior written consent of the Customer. Vilm remains responsible for its subcontractors as for its own acts.

### § 7 Rights of Use and Individual Developments

(1) Vilm grants the Customer a non-exclusive, non-transferable right, limited to the Subscription Term, to use the platform for its own business purposes.

(2) The turnstile gateway adapter, the configuration of the mini-program and the report templates created specifically for the Customer ("Individual Developments") are handed over to the Customer including source code. Vilm grants the Customer the exclusive, irrevocable, transferable right of use, unlimited in time, space and content, including the right to modify, to license and to have the Individual Developments maintained by third parties.

### § 8 Confidentiality

(1) The parties shall keep confidential all business and trade secrets of the other party which become known to them in connection with the contract, and use them only for the purposes of the contract. This obligation continues for three years after the end of the contract.

### § 9 Term, Renewal and Fee Adjustment

(1) The contract starts upon signature of the Order Form and runs for the Subscription Term.

(2) The contract is extended automatically by one further year in each case, unless either party terminates it with a notice period of three months to the end of the Subscription Term or of the relevant extension period.

(3) With effect from each extension, Vilm is entitled to increase the Subscription Fee by up to 6 % by written notice given at least two months before the start of the extension period.

(4) The right of either party to terminate the contract for good cause remains unaffected. Good cause exists for the Customer in particular if Vilm commits a material breach of contract and does not remedy it within 30 days of a written warning, or if the availability falls below 99 % in two consecutive months.

### § 10 Liability

(1) Vilm is liable without limitation for damages caused intentionally or by gross negligence, for injury to life, body or health, and under mandatory statutory provisions.

(2) In cases of slight negligence Vilm is liable only for the breach of essential contractual obligations (obligations whose fulfilment makes the proper performance of the contract possible in the first place and on whose observance the Customer may regularly rely), limited to the typical, foreseeable damage.

(3) In the cases of paragraph (2), the total liability of Vilm is limited to the Subscription Fees paid by the Customer in the six months preceding the event giving rise to the claim.

### § 11 Final Provisions

(1) Amendments to the contract must be made in writing.

(2) This contract is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(3) The exclusive place of jurisdiction for all disputes arising from or in connection with this contract is Stralsund, Germany.

(4) Should any provision of these GTC be or become invalid, the validity of the remaining provisions shall not be affected.

Annex 1: Service description · Annex 2: Hosting provider and data centre location · Annex 3: Project plan

Putbus / Zhangjiajie, date: ____________

For Vilm Ticketing GmbH: ____________________  For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h139e03 — Qingdao seaweed farm, water-quality sensors + maintenance; integrator on Costaérès; BUYER's paper,
#           .docx with Word price + priority tables, "Article N" + N.M
# ---------------------------------------------------------------------------------------------------------------
H139E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR A WATER-QUALITY MONITORING SYSTEM
P:Contract No. LSB-WQ-2025-06
P:Buyer: Qingdao Lingshan Bay Seaweed Farming Co., Ltd., 18 Haiyun Road, Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Costaérès Instrumentation SAS, Île de Costaérès, 22730 Trégastel, France, acting through its representative office at 301 Hong Kong Middle Road, Shinan District, Qingdao (the "Supplier")
P:The Buyer farms kelp and laver on 1,800 hectares of long-line rafts in Lingshan Bay. It needs continuous monitoring of water temperature, salinity, dissolved oxygen, pH, turbidity, chlorophyll and nitrate, with alarms that allow its field teams to respond to heat, low oxygen and nutrient events. Following the Buyer's invitation to tender No. LSB-2025-T03 and the Supplier's bid, the parties agree as follows. This contract is drawn up on the Buyer's standard form.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a water-quality monitoring system consisting of 24 multiparameter sondes, 8 optical nitrate sensors, 6 solar-powered data buoys with moorings, a 4G/LoRa gateway and shore station, and the monitoring and alarm software (the "System"), as specified in Annex 1.
P:1.2 The Supplier shall train the Buyer's technicians in routine cleaning, sensor exchange and use of the software.
P:1.3 After the warranty period the Supplier shall provide maintenance services under Article 8 if the Buyer so orders.
H:Article 2 Contract Price
P:2.1 The contract price is CNY 2,285,000 (the "Contract Price"), including VAT, duties, transport to the Buyer's pier, insurance, installation, calibration, training and all warranty services. At the Buyer's request all prices are stated and paid in CNY. The Contract Price is fixed and is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde (T, S, DO, pH, turbidity, chlorophyll) with anti-fouling wiper|24|46,800|1,123,200
TB:2|Solar-powered data buoy with mooring and navigation light|6|58,500|351,000
TB:3|Optical nitrate sensor|8|31,400|251,200
TB:4|4G/LoRa gateway and shore station|1 set|96,600|96,600
TB:5|Monitoring and alarm software, perpetual licence|1 set|168,000|168,000
TB:|Hardware and Licence Subtotal (items 1-5)|||1,990,000
TB:6|Offshore installation and mooring|1 lot|214,000|214,000
TB:7|Initial calibration and commissioning|1 lot|62,400|62,400
TB:8|Training|1 lot|18,600|18,600
TB:|Contract Price|||2,285,000
H:Article 3 Payment
P:3.1 The Buyer shall pay 10 % of the Contract Price (CNY 228,500) as an advance within 15 working days after signature, against a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55 % of the Contract Price (CNY 1,256,750) within 15 working days after the Installation Certificate. The Installation Certificate records that the equipment has been installed at sea and is not an acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35 % of the Contract Price (CNY 799,750) within 15 working days after Final Acceptance under Article 5.
P:3.4 The Supplier shall issue a special VAT invoice before each payment.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's pier at Lingshan Bay within 60 days after signature and complete installation within 30 days after delivery, subject to sea conditions. Days on which the local maritime authority prohibits work at sea are excluded.
P:4.2 Offshore work shall be carried out from vessels that hold valid certificates, by personnel with sea-survival training, and in coordination with the Buyer's raft operations.
H:Article 5 Acceptance
P:5.1 After installation the System shall run for a trial period of 60 days. During the trial period the Supplier shall demonstrate that: (a) the readings of each sonde agree with laboratory analysis of parallel water samples taken by the Buyer every ten days, within ±0.2 mg/L for dissolved oxygen, ±0.1 PSU for salinity and ±0.1 for pH; (b) alarm messages reach the Buyer's duty phones within 60 seconds of a threshold being crossed; (c) readings from all buoys are transmitted every 10 minutes and stored in the software; and (d) no Priority 1 fault has occurred in the last 30 days of the trial period.
P:5.2 When these criteria are met and the as-built documentation, mooring drawings and calibration certificates have been handed over, the Buyer shall issue the Final Acceptance Certificate within 10 working days.
P:5.3 Delivery, installation, the Installation Certificate and the Buyer's use of the data shall not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and the trial period shall be repeated.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period it shall repair or replace free of charge any defective equipment, including sensors damaged by normal biofouling, and supply software updates.
P:6.2 During the warranty period the Supplier shall carry out quarterly calibration and cleaning at sea at no extra charge and keep in Qingdao a stock of spare sondes and sensors of not less than 10 % of the installed quantity.
H:Article 7 Service Levels
P:7.1 Faults are classified and handled as follows:
TB:Priority|Definition|Response|On site / restore
TB:Priority 1|No data or no alarms from three or more buoys, or the alarm server is down|1 hour|On site within 24 hours, weather permitting; restored within 48 hours
TB:Priority 2|One or two buoys or any single sensor without data|2 hours|Restored within 5 days
TB:Priority 3|Other faults and questions|1 working day|Next scheduled visit
P:7.2 For each hour by which the Supplier exceeds a Priority 1 response time, it shall pay CNY 1,000; for each day of delay in restoring a Priority 1 fault, CNY 2,000. These amounts are deducted from any payment due or from the maintenance fee.
H:Article 8 Maintenance after Warranty
P:8.1 After the warranty period the Buyer may order maintenance services, including quarterly calibration and cleaning at sea, spare parts, software updates and the service levels of Article 7.
P:8.2 The annual maintenance fee is 11 % of the Hardware and Licence Subtotal, that is CNY 218,900 per year, fixed for the first three years after the warranty period. The fee is paid quarterly in arrears. Maintenance is ordered year by year in writing and is not renewed automatically.
H:Article 9 Intellectual Property
P:9.1 The software remains the property of the Supplier or its licensors. The Buyer receives a perpetual licence for use at its farms.
P:9.2 The site-specific configuration, alarm rules, mooring design drawings, data interfaces and documentation prepared for the Buyer under this contract belong to the Buyer, which may use, modify and give them to third parties without restriction.
H:Article 10 Data and Security
P:10.1 All monitoring data, positions and farm records collected by the System belong to the Buyer. The Supplier may use them only to perform this contract.
P:10.2 The software runs on the Buyer's server at the Lingshan Bay station. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN; the Supplier shall not copy or transfer data outside the Buyer's systems or outside mainland China.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access to or loss of data, cooperate in containing it, and be liable for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the technical and commercial information received from the other party, in particular the Buyer's farm layout, yields and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of the contract.
H:Article 12 Delay and Other Breach
P:12.1 If the Supplier fails to deliver or install the System within the periods in Article 4, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:12.2 If the System or any part of it does not conform to the contract, the Supplier shall repair or replace it and compensate the Buyer for its losses.
H:Article 13 Subcontracting
P:13.1 The marine works contractor Qingdao Haitong Marine Engineering Co., Ltd., named in the Supplier's bid, is approved by the Buyer upon signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontractors.
H:Article 14 Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under Article 12.1 exceeds 45 days. The Supplier shall then refund all amounts paid for items not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:Article 16 Miscellaneous
P:16.1 This contract is made in English in four originals, two for each party. Annex 1: Technical specification. Annex 2: Buoy positions. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h139e04 — Nanjing restaurant chain, managed IT + desktop support; provider on Vatersay (Scottish style),
#           .txt, "N. HEADING" + N.M
# ---------------------------------------------------------------------------------------------------------------
H139E04 = """MANAGED IT SERVICES AGREEMENT

between

VATERSAY MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC704519) and having its registered office at Uidh House, Vatersay, Isle of Barra, HS9 5YW, Scotland (the "Provider")

and

NANJING JINLING NOODLE HOUSE CATERING MANAGEMENT CO., LTD., a company established under the laws of the People's Republic of China and having its registered address at 233 Zhongshan East Road, Xuanwu District, Nanjing, Jiangsu Province (the "Client")

WHEREAS the Client operates 58 restaurants, a central kitchen and a head office in Nanjing, Zhenjiang and Yangzhou, and wishes to outsource the support of its end-user computing, point-of-sale and network environment; and the Provider, acting through its Shanghai service centre, has agreed to provide those services on the terms of this Agreement; NOW THEREFORE the parties agree as follows:

1. DEFINITIONS

1.1 In this Agreement, unless the context otherwise requires: "Services" means the services described in Schedule Part 1; "Sites" means the restaurants, the central kitchen and the head office listed in Schedule Part 2; "End-User Devices" means the point-of-sale terminals, kitchen display screens, handheld ordering devices, office personal computers, printers and network equipment at the Sites; "Service Commencement Date" means the date on which the Client signs the transition acceptance certificate under Clause 4.3; "Incident" means an unplanned interruption to, or reduction in the quality of, an End-User Device or service; and "Business Day" means a day on which banks are open for business in Nanjing.

1.2 Headings are for convenience only. References to Clauses and Schedule Parts are to those of this Agreement.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution by both parties and, subject to earlier termination under Clause 14, continues for a period of 24 months from the Service Commencement Date (the "Initial Term").

2.2 This Agreement shall expire at the end of the Initial Term and shall not continue by tacit relocation. Any extension shall be agreed in writing by both parties, including the charges for the extension period.

3. THE SERVICES

3.1 The Provider shall provide the following Services from the Service Commencement Date: (a) a Mandarin-speaking service desk, reachable by telephone, WeChat and web portal, from 07:00 to 23:30 every day of the year, matching the opening hours of the restaurants; (b) remote and on-site desktop support for approximately 1,100 End-User Devices; (c) monitoring and management of the store networks, Wi-Fi access points and broadband links; (d) patching, anti-virus updating and software distribution for personal computers; (e) moves, adds and changes, including the fit-out of up to eight new restaurants per year; and (f) a monthly service review and report.

3.2 The Provider shall keep at its Nanjing depot a stock of spare point-of-sale terminals, receipt printers and kitchen display screens sufficient for swap-out replacement at any Site.

3.3 The Client shall give the Provider's engineers access to the Sites during opening hours and shall nominate a manager at each Site as the Provider's point of contact.

4. TRANSITION

4.1 The Provider shall carry out the transition of the Services from the Client's current suppliers in accordance with the transition plan in Schedule Part 3, and shall complete it within 45 days after the date of execution.

4.2 Transition is complete when the Provider has demonstrated that: (a) an inventory of all End-User Devices at every Site has been taken and reconciled with the Client's asset register; (b) monitoring covers all Sites and network links; (c) runbooks for each restaurant type and for the central kitchen have been approved by the Client; and (d) 50 test tickets across all Incident priorities have been logged, routed and closed correctly.

4.3 The Client shall sign a transition acceptance certificate within five Business Days after the criteria in Clause 4.2 are met. The start of service desk operations does not by itself amount to acceptance.

4.4 If transition is not complete within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Client liquidated damages of CNY 1,200 for each day of delay.

5. SERVICE LEVELS

5.1 Incidents shall be prioritised and handled as follows:

   Priority 1: a restaurant cannot take orders or payments, or the central kitchen cannot receive orders. Response within six hours; resolution or workaround by the end of the next Business Day.
   Priority 2: a single till, kitchen screen or office user cannot work, with a workaround available. Response within eight hours; resolution within two Business Days.
   Priority 3: requests and minor faults. Response within one Business Day; resolution within five Business Days.

5.2 "Response" means that an engineer has contacted the Site and started diagnosis, remotely or on site.

5.3 The Provider shall achieve a first-contact resolution rate at the service desk of not less than 65 per cent per month and shall answer 90 per cent of calls within 30 seconds.

5.4 If the Provider fails to meet a Priority 1 response time, a service credit of 2 per cent of the Monthly Charge shall be credited for each such failure, up to 20 per cent of the Monthly Charge in any month. If any other service level is missed in two consecutive months, a service credit of 3 per cent of the Monthly Charge shall apply. Service credits are without prejudice to the Client's other rights.

6. CHARGES AND PAYMENT

6.1 At the request of the Client, the charges are expressed and payable in Renminbi (CNY). The charges are: (a) a one-off transition charge of CNY 72,000; and (b) a monthly charge of CNY 64,500 (the "Monthly Charge") for the Initial Term of 24 months, CNY 1,548,000 in total. The total charges for the Initial Term are therefore CNY 1,620,000. Charges include VAT and all travel within the area of the Sites.

6.2 The transition charge shall be invoiced after the Client signs the transition acceptance certificate. The Monthly Charge shall be invoiced monthly in arrears. The Client shall pay each correct invoice within 30 days of receipt. No amount is payable in advance.

6.3 New restaurants added beyond the Sites in Schedule Part 2 shall be charged at CNY 1,050 per restaurant per month from the month after fit-out.

7. PERSONNEL

7.1 The Provider shall appoint a service delivery manager based in Nanjing.

7.2 The Provider's engineers shall wear identification, comply with the Client's food-safety and hygiene rules when entering kitchens, and shall not work at a Site during the lunch peak (11:30 to 13:30) except for Priority 1 Incidents.

8. CLIENT DATA

8.1 All data held on End-User Devices and Client systems, including sales, membership and employee data, is and shall remain the property of the Client.

8.2 The Provider shall use Client data only for the purpose of providing the Services and shall not sell or otherwise exploit it.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains ownership of its own tools, service management software and methods.

9.2 Runbooks, site documentation, network diagrams, scripts and reports prepared by the Provider for the Client under this Agreement shall belong to the Client, which may use, modify and pass them to any successor provider without restriction.

10. CONFIDENTIALITY

10.1 Each party shall keep secret and confidential all information of the other party, including recipes, supplier prices, sales figures and system passwords, which it receives in connection with this Agreement, and shall not disclose the same to any third party without the prior written consent of the other party, except as required by law.

10.2 This Clause 10 shall survive the termination of this Agreement for a period of three years.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract or delegate any of its obligations under this Agreement without the prior written consent of the Client, which shall not be unreasonably withheld. The Provider remains responsible for the acts and omissions of its approved subcontractors.

12. LIABILITY

12.1 Nothing in this Agreement shall limit either party's liability for death or personal injury caused by its negligence, or for fraud.

12.2 Subject to Clause 12.1, the total aggregate liability of the Provider under or in connection with this Agreement shall not exceed 125 per cent of the total charges for the Initial Term set out in Clause 6.1.

12.3 Neither party shall be liable for loss of profit or indirect loss.

13. FORCE MAJEURE

13.1 Neither party shall be liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly.

14. TERMINATION

14.1 The Client may terminate this Agreement by written notice with immediate effect if the Provider commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied, or if the Provider misses the Priority 1 response time more than five times in any three consecutive months.

14.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or enters into liquidation.

14.3 On expiry or termination the Provider shall co-operate in the orderly hand-over of the Services to the Client or its new provider for up to 60 days at the rates then applying, and shall return all Client documentation.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules in force at the time. The award shall be final and binding.

16. GENERAL

16.1 This Agreement, together with the Schedule, constitutes the entire agreement between the parties. No variation shall be effective unless made in writing and signed by both parties.

SCHEDULE

Part 1: Service description. Part 2: Sites. Part 3: Transition plan.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are executed as follows:

Signed for and on behalf of VATERSAY MANAGED SERVICES LIMITED at ____________ on ____________ by ____________ Director

Signed for and on behalf of NANJING JINLING NOODLE HOUSE CATERING MANAGEMENT CO., LTD. at Nanjing on ____________ by ____________ Authorised Signatory
"""

# ---------------------------------------------------------------------------------------------------------------
# h139e05 — Pu'er coffee exporter, export-document API subscription + ERP integration; vendor on Asinara (Italian
#           style), .txt, "Art. N (Title)" + N.M
# ---------------------------------------------------------------------------------------------------------------
H139E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
Contract ref. ATD/2025/CN-019

BETWEEN

ASINARA TRADE DOCUMENTS S.r.l., with registered office at Località Cala Reale, Isola dell'Asinara, 07046 Porto Torres (SS), Italy, VAT no. IT02981470907, in the person of its legal representative Ing. Giovanna Murgia (hereinafter the "Supplier")

AND

PU'ER YUNYAO COFFEE IMPORT & EXPORT CO., LTD., with registered office at 9 Chayuan Road, Simao District, Pu'er, Yunnan Province, People's Republic of China, in the person of its legal representative Mr. Li Wenhua (hereinafter the "Customer")

(the Supplier and the Customer hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Customer processes and exports green coffee beans grown in Pu'er and Lincang to buyers in the European Union, Japan and the Middle East, and prepares for each shipment a set of export documents;
b) the Supplier operates the "Asinara DocFlow" platform, which generates commercial invoices, packing lists, certificates of origin data, phytosanitary certificate application data, bill of lading instructions and due-diligence statements for deforestation-free products, and exposes these functions through an application programming interface (API);
c) the Customer wishes to subscribe to the platform and to have it integrated with its ERP system;

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and Definitions)
1.1 The recitals form an integral part of this Agreement.
1.2 In this Agreement: "Platform" means the Asinara DocFlow platform and its API; "Subscription Term" means the period of 24 months starting on the Activation Date; "Activation Date" means the date on which the Supplier provides the production API credentials; "Integration" means the connectors, field mappings, document templates and workflows described in Annex B; "Integration Acceptance" means the written acceptance under Art. 5; "Customer Data" means all data transmitted by the Customer to the Platform or generated by the Platform for the Customer, including shipment, buyer, farm and plot geolocation data.

Art. 2 (Object)
2.1 The Supplier grants the Customer access to the Platform for the Subscription Term, for up to 1,500 shipments per contract year and for up to 40 named users.
2.2 The Supplier shall carry out the Integration of the Platform with the Customer's ERP system (Yonyou U8), with its warehouse weighing records and with the China International Trade Single Window data format, as described in Annex B.
2.3 The Supplier shall train the Customer's export documentation team (up to 12 persons) in Pu'er, in two sessions.

Art. 3 (Fees)
3.1 At the Customer's request the fees are agreed and paid in Renminbi (CNY), inclusive of VAT. The fees are:
   - annual Subscription Fee: CNY 186,000 per contract year, i.e. CNY 372,000 for the Subscription Term;
   - Integration Fee (one-time): CNY 238,000;
   - total value of the Agreement (the "Contract Value"): CNY 610,000.
3.2 Shipments exceeding the annual volume are charged at CNY 95 each and are not included in the Contract Value.
3.3 The fees are fixed for the Subscription Term.

Art. 4 (Invoicing and Payment)
4.1 The Customer shall pay, within 10 days from the signature of this Agreement and before the start of any activity, the Subscription Fee for the first contract year and 50% of the Integration Fee, in total CNY 305,000. The Supplier starts the Integration only after receipt of this amount.
4.2 The remaining 50% of the Integration Fee (CNY 119,000) is paid within 30 days from Integration Acceptance.
4.3 The Subscription Fee for the second contract year (CNY 186,000) is paid within 30 days from the first anniversary of the Activation Date.
4.4 Payments are made by bank transfer against a regular invoice (fapiao) issued by the Supplier's authorised agent in China.

Art. 5 (Integration and Acceptance)
5.1 The Supplier shall complete the Integration and request Integration Acceptance within 90 days from the receipt of the payment under Art. 4.1.
5.2 Integration Acceptance shall be carried out on 50 real shipments selected by the Customer. The Integration is accepted when: (a) for each shipment the complete document set is generated without manual re-keying; (b) quantities, weights, lot numbers and prices match the ERP and weighing records for every shipment; (c) the certificate of origin data and the phytosanitary application data pass the format validation of the Single Window; and (d) the due-diligence statements contain the plot geolocation of every lot and are accepted by the test environment of the relevant EU information system.
5.3 The Customer shall confirm Integration Acceptance in writing within 7 working days after the tests are passed. Use of the Platform for real shipments before that date does not constitute acceptance.
5.4 In case of delay in Integration Acceptance attributable to the Supplier, the Supplier shall pay a penalty of 0.02% of the Contract Value for each day of delay, up to 5% of the Contract Value, without prejudice to the compensation of greater damage.

Art. 6 (Intellectual Property)
6.1 The Platform and all related software, documentation and know-how are and remain the exclusive property of the Supplier.
6.2 The connectors, field mappings, document templates, workflows and any other result of the Integration, including source code, are and remain the exclusive property of the Supplier, even where developed specifically for the Customer. The Customer receives a non-exclusive, non-transferable licence to use them for the Subscription Term and only together with the Platform. The Customer may not modify them or have them modified or used by third parties.

Art. 7 (Service Levels)
7.1 The Supplier guarantees a monthly availability of the production API of 99.95%, excluding maintenance windows announced at least 72 hours in advance and scheduled between 01:00 and 05:00 China Standard Time.
7.2 Incidents are classified as: Severity 1 – the API or the document generation is unavailable, or documents are generated with wrong data; Severity 2 – a function is degraded but documents can still be produced; Severity 3 – questions and minor defects. The Supplier responds within 1 hour for Severity 1, 3 hours for Severity 2 and 2 working days for Severity 3, and restores Severity 1 incidents within 6 hours.
7.3 If the monthly availability is below the guaranteed level, the Customer is entitled to a credit of 5% of the monthly share of the Subscription Fee for each commenced 0.1 percentage point of shortfall, up to 50%. For each Severity 1 response exceeding the limit by more than one hour, the credit is CNY 800.

Art. 8 (Customer Data and Security)
8.1 Customer Data belongs to the Customer. The Supplier processes it only to provide the services under this Agreement and in accordance with the Customer's instructions.
8.2 The Platform instance used by the Customer is hosted in mainland China by the hosting provider indicated in Annex C. The Supplier maintains an ISO/IEC 27001 certified security management system, encrypts Customer Data in transit and at rest, logs all administrative access and complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
8.3 The Supplier shall inform the Customer of any data breach within 24 hours, take all measures to limit its effects and compensate the damage caused by breaches for which it is responsible.
8.4 At the end of the Subscription Term the Supplier returns the Customer Data in CSV and PDF formats within 30 days and then deletes it.

Art. 9 (Confidentiality)
9.1 Each Party undertakes to keep confidential, and not to disclose to third parties, the technical, commercial and financial information of the other Party received in performing this Agreement, including the Customer's buyer list, prices and contract terms. This obligation remains in force for five years after the end of the Agreement.

Art. 10 (Subcontracting)
10.1 The hosting provider indicated in Annex C is approved by the Customer with the signature of this Agreement. The Supplier may not subcontract any other part of the services without the prior written consent of the Customer.

Art. 11 (Liability)
11.1 The total liability of the Supplier under this Agreement may not exceed twice the Contract Value, except in case of wilful misconduct or gross negligence and for breach of Art. 8 and Art. 9.

Art. 12 (Term and Termination)
12.1 This Agreement enters into force on the date of signature and ends at the end of the Subscription Term, without tacit renewal. Any renewal requires a new written agreement.
12.2 Express termination clause: the Customer may terminate this Agreement by written declaration, pursuant to Article 1456 of the Italian Civil Code as far as applicable and in any case under the applicable law, if the Supplier breaches Art. 8 or Art. 9, or if the delay under Art. 5.4 exceeds 60 days.
12.3 Each Party may terminate this Agreement if the other Party commits a material breach and does not remedy it within 20 days of a written notice to perform.
12.4 In case of termination for breach of the Supplier, the Supplier refunds the fees paid for the period after termination and for Integration work not accepted.

Art. 13 (Governing Law and Disputes)
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The arbitral award is final.

Art. 14 (Final Provisions)
14.1 This Agreement, with its Annexes A (Platform description), B (Integration scope) and C (Hosting provider), constitutes the entire agreement between the Parties. Any amendment must be made in writing.
14.2 This Agreement is drawn up in English in two originals.

Porto Torres / Pu'er, ____________

The Supplier ____________________          The Customer ____________________

Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer declares that it has read and specifically approves the following clauses: Art. 4.1 (advance payment), Art. 6 (intellectual property), Art. 11 (liability), Art. 12 (term and termination).

The Customer ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h139z01": H139Z01, "h139z02": H139Z02, "h139e01": H139E01, "h139e03": H139E03}
TARGETS = {"h139z01": ("h139z01_traffic_police_signal_control_platform.pdf", "pdf"),
           "h139z02": ("h139z02_float_glass_defect_inspection_maintenance.docx", "docx"),
           "h139e01": ("h139e01_valve_maker_qms_licence_irish_vendor.pdf", "pdf"),
           "h139e03": ("h139e03_seaweed_farm_water_quality_sensors.docx", "docx")}
PLAIN = {"h139z03_piano_school_scheduling_saas.md": H139Z03,
         "h139z04_district_government_service_platform_om.txt": H139Z04,
         "h139z05_frozen_dumpling_wms_supplier_template.md": H139Z05,
         "h139e02_scenic_area_booking_saas_german_vendor.md": H139E02,
         "h139e04_restaurant_chain_managed_it_scottish_provider.txt": H139E04,
         "h139e05_coffee_exporter_document_api_italian_vendor.txt": H139E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
