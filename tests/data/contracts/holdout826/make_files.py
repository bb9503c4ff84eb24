"""holdout826: builds the ten blind held-out draft contracts of this folder from the sources below, writes their .json
labels and asserts the checks of the brief (lengths, no threshold value in labels or texts, rules derived from the labels
with my reading of policy §3 equal to the design list, all 20 CR rules covered, TCO shares away from the threshold).
Run: /work/main/.venv/bin/python -B make_files.py (imports ../word_pdf.py for the .docx and .pdf files)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H826Z01 = """T:秸秆焚烧监测平台软件许可及定制开发合同
P:合同编号：HYNY-ZC-2027-018（政府采购合同）
P:甲方（采购人）：河阳县农业农村局
P:乙方（供应商）：江北天衡遥感信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目采购文件（项目编号HYCG2027-0436）、乙方的响应文件及成交通知书，甲乙双方就河阳县秸秆焚烧监测平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供秸秆焚烧监测平台软件（含火点识别、视频巡查、网格化处置、统计分析四个模块）的永久使用许可，并按甲方需求完成定制开发、部署实施和人员培训。
P:1.2 定制开发内容包括：卫星遥感火点数据的接入及与地面核查结果的自动比对；全县68个高点视频监控的AI烟火识别接入；乡镇网格员移动巡查App；与市级秸秆综合利用监管平台的数据接口。
P:1.3 合同总价为人民币壹佰肆拾贰万元整（¥1,420,000），其中：平台软件许可费760,000元，定制开发费548,000元，部署实施费86,000元，培训费26,000元。合同总价为固定总价，已包含税费、差旅费及乙方履行本合同所需的全部费用，甲方不再另行支付其他费用。
H:第二条 履约期限与地点
P:2.1 乙方应于合同签订后九十日内完成平台部署和定制开发并具备初验条件；初验通过后进入六十日试运行期。
P:2.2 履约地点为甲方指定的县政务云机房及甲方办公场所。乙方应按甲方提供的政务云资源完成部署，不得擅自使用其他云环境。
P:2.3 乙方应组建不少于五人的项目团队，项目经理须具有同类项目经验，未经甲方书面同意不得更换。乙方每周向甲方提交项目进度报告。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价5%的履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即284,000元。
P:3.2 初验合格后十个工作日内，甲方支付合同总价的45%，即639,000元。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的35%，即497,000元。履约保函在最终验收合格后退还。
P:3.4 乙方每次请款前应向甲方开具等额合法发票。甲方按政府采购资金支付程序办理付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：平台四个模块及1.2条所列定制功能全部实现；卫星火点数据接入后三十分钟内完成推送；视频烟火识别对甲方测试样本的检出率不低于92%、误报率不高于8%；移动App在甲方指定的三款主流机型上运行正常；数据接口连续七日对账无差错。
P:4.2 最终验收标准：试运行六十日内未发生一级故障；初验遗留问题全部整改完毕；第三方测评机构出具的安全测评报告无高风险项；竣工文档、源代码及操作手册齐全。
P:4.3 甲方在收到乙方书面验收申请后十个工作日内组织验收并出具书面意见。平台上线、试运行或甲方实际使用均不视为验收合格。验收不合格的，乙方应在十五日内整改完毕并重新申请验收，由此产生的费用由乙方承担。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率不低于99.95%。计划内维护应提前三个工作日通知甲方，并安排在夜间进行。
P:5.2 故障分为三级。一级故障（平台整体不可用或火点告警无法推送）：乙方应在三十分钟内响应，三小时内恢复；二级故障（单个模块不可用）：两小时内响应，次工作日内恢复；三级故障（一般功能缺陷）：一个工作日内响应，七日内修复。
P:5.3 乙方未按时响应或恢复的，每超出一小时向甲方支付800元；月度可用率每低于承诺值0.01个百分点，扣减1,500元。上述款项从应付款或质保期后维保费中抵扣。
P:5.4 秸秆禁烧重点时段（每年春季、秋季各一个半月）乙方应安排一名工程师驻场值守，协助甲方处理火点告警。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续维保，年度维保费不高于平台软件许可费的9%，即不超过68,400元/年，该价格在质保期满后三年内保持不变。维保合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的移动App、接口程序、识别规则配置及相关文档，其知识产权归甲方所有，乙方应在最终验收前交付全部源代码。甲方可自行或委托第三方修改、使用和再许可，无需另行付费。
P:7.3 乙方保证其交付成果不侵犯任何第三方的合法权利；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集和产生的全部数据，包括火点记录、视频截图、巡查轨迹及处置记录，均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，落实访问控制、加密传输、日志审计等措施；运维操作须经甲方审批并通过堡垒机进行，不得将任何数据拷贝出政务云环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第九条 保密
P:9.1 双方对履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意，不得向任何第三方披露。
P:9.2 本条约定的保密义务不因合同终止而免除，在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过三十日的，甲方有权解除合同，乙方应退还已收取的全部款项并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金，因财政资金拨付原因造成的延迟除外。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：严重违约且在甲方书面通知后十五日内未纠正；验收两次不合格；违反第八条约定造成数据泄露。
P:12.2 合同解除后，乙方应在十日内向甲方移交已完成的成果和甲方数据，并彻底删除其留存的副本。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 采购文件、乙方响应文件及成交通知书为本合同的组成部分，与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 双方往来通知以书面形式送达本合同载明的地址，一方变更地址的，应提前五日书面通知对方。
P:甲方（盖章）：河阳县农业农村局　　　　乙方（盖章）：江北天衡遥感信息技术有限公司
P:签订日期：2027年3月　日
"""

H826Z02 = """T:眼罩生产线控制系统改造合同
P:合同编号：AM-JG-2027-07
P:甲方：温岭市安眠眼罩制品有限公司
P:乙方：宁波启衡自动化工程有限公司
P:甲方现有眼罩生产线六条（裁切、复合、压边、缝合、包装各工段），控制系统老化、换型缓慢、质量追溯困难。经比选，甲方委托乙方对上述产线的控制系统实施改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条产线控制系统的设计、供货、安装、程序改造、调试和培训，包括：更换PLC控制器及扩展模块、伺服驱动器及伺服电机、触摸屏，加装视觉检测单元，部署产线监控软件并与甲方现有ERP系统的订单模块对接。
P:1.3 乙方提供的设备均应为全新原厂正品，PLC、伺服及触摸屏品牌与乙方投标文件一致，未经甲方同意不得替换。
P:1.2 改造应在甲方安排的停线窗口内分批进行，每批不超过两条线，单条线的停线时间不超过五日。乙方应在每批施工前五个工作日提交施工方案，经甲方确认后实施。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰零玖万元整（¥1,090,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及扩展模块|6套|318,000
TB:2|伺服驱动器及伺服电机|48套|264,000
TB:3|触摸屏（HMI）|12台|72,000
TB:4|视觉检测单元（相机、光源、工控机）|6套|186,000
TB:5|产线监控软件永久许可|1套|150,000
TB:—|软硬件小计|—|990,000
TB:6|安装调试及程序改造|6条线|86,000
TB:7|操作及维护培训|2期|14,000
TB:—|合计|—|1,090,000
P:2.2 上述价格为含税固定总价，已包含运输、保险、安装辅材、旧设备拆除及乙方人员的全部费用。
P:2.3 合同履行期间，因甲方增加改造内容需另行计费的，双方应签订书面补充协议。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即218,000元。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的50%，即545,000元。到货签收仅确认数量与外观，不视为质量验收。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的25%，即272,500元。
P:3.4 其余5%即54,500元作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成六条产线的改造和单线调试。
P:4.2 乙方施工人员应遵守甲方的安全生产和车间管理制度，施工中造成甲方设备、原材料或成品损坏的，由乙方照价赔偿。
P:4.3 乙方应在每条产线改造完成后，对甲方操作工、班组长和设备维护人员进行现场培训，内容包括设备操作、换型配方调用、常见报警处理及日常保养，培训后由乙方出具培训记录并经甲方签字确认。
P:4.4 改造期间，乙方应对甲方原有控制程序、配方参数进行完整备份，确保调试失败时能够在八小时内恢复原有生产状态。因乙方原因导致停线时间超过约定的，乙方应承担甲方由此产生的加班及外协费用。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，标准为：设备型号与清单一致；PLC程序实现原有全部工艺动作及新增的换型配方功能，换型时间不超过二十分钟；视觉检测对缝线偏移、压边不良的检出率不低于97%；连续生产七十二小时无停机故障；产线监控软件正确采集产量、节拍、停机原因，并与ERP订单数据一致。
P:5.2 六条产线均通过单线验收并连续稳定运行三十日后，甲方组织最终验收并签署验收报告。设备安装完成或投入生产均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 乙方应在最终验收前提交竣工资料，包括电气原理图、接线图、I/O点表、PLC及触摸屏程序备份、视觉检测参数说明、软件操作手册和备品备件清单。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，并提供程序修改支持。
P:6.2 一级故障（整条产线停机）：乙方接到通知后一小时内响应，六小时内到场；二级故障（单台设备或单项功能异常）：八小时内响应，次日到场。乙方每迟延响应或到场一小时，向甲方支付500元。
P:6.3 质保期满后，乙方继续提供维保服务，维保费按软硬件小计的26%每年计取，即257,400元/年，含季度巡检、易损件更换和程序维护。该费用在质保期满后三年半内固定不变，按季度支付。
P:6.4 质保期内，乙方每季度对六条产线进行一次预防性巡检并出具巡检报告，对易损件的更换周期提出建议。质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新件。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、触摸屏组态画面、视觉检测配方及ERP接口程序的知识产权归甲方所有，乙方应在最终验收时交付完整源程序及注释。甲方有权自行修改或委托他人修改。
P:7.2 产线监控软件的著作权归乙方所有，甲方获得永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 产线采集的生产数据、工艺参数、配方及订单信息属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方分配的VPN账号接入，操作全程留痕；乙方不得将上述数据拷贝带离甲方。
P:8.3 因乙方原因导致数据泄露、篡改或损毁的，乙方应在两小时内告知甲方，采取补救措施并承担全部赔偿责任。
P:8.4 合同终止后，乙方应删除其因远程维护而临时保存的甲方数据，并向甲方书面确认。
H:第九条 保密
P:9.1 乙方对在履约过程中知悉的甲方工艺配方、客户订单、产品设计等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同终止后三年内有效。
P:9.2 乙方应要求其施工和技术人员遵守本条约定，相关人员违反保密义务的，视为乙方违约。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的设备或程序不符合约定，经两次整改仍不合格的，甲方有权退货并要求乙方赔偿损失。
P:10.3 乙方施工中违反甲方安全生产制度的，甲方有权要求整改；拒不整改的，甲方可暂停其施工，由此造成的工期延误由乙方承担。
H:第十一条 分包
P:11.1 电气配线、桥架安装等辅助施工，乙方可交由其他施工单位完成，但应提前三个工作日书面告知甲方。乙方对分包部分的质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除的，乙方应在十日内退还甲方已付但未对应合格交付的款项，并配合甲方将产线恢复至可生产状态。
P:12.3 甲方逾期付款超过六十日，经乙方书面催告后仍不支付的，乙方有权解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同附件包括：设备技术规格表、施工方案、验收测试记录表，附件与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H826Z03 = """马林巴培训连锁门店预约及会员管理SaaS服务合同

合同编号：MY-SaaS-2027-035
甲方：杭州木音马林巴艺术培训有限公司（含35家直营门店）
乙方：上海约课云信息科技有限公司

甲方拟为其35家马林巴培训门店统一采购课程预约、会员管理及门店经营管理服务。乙方为“约课云”平台的开发及运营方，具备提供本合同服务所需的资质和能力。双方经友好协商，订立本合同，共同遵守。

一、服务内容
（一）订阅服务：乙方向甲方35家门店提供“约课云”预约排课及会员管理SaaS服务，包括：
1. 课程排课及教室、琴房预约；
2. 学员会员卡、课时包及储值管理；
3. 家长端微信小程序（预约、请假、课后点评）；
4. 教师课时统计与薪酬核算数据导出；
5. 门店及总部经营报表。
（二）实施服务：门店及账号初始化、历史会员与课时数据迁移、小程序页面品牌化配置、收银与支付渠道对接，以及门店店长、前台和教师的使用培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（四）乙方为甲方指定一名客户成功经理，负责实施协调、季度服务回顾及问题跟踪。
（五）培训：乙方为甲方提供两场集中培训和一套在线操作视频，新入职员工可随时通过在线课程学习。

二、费用
（一）订阅费：每家门店每个服务年度9,600元，35家门店每个服务年度合计336,000元，两个服务年度共计672,000元。
（二）实施费：一次性58,000元。
（三）合同总价：人民币柒拾叁万元整（¥730,000），为含税价。服务期内甲方新增门店的，按每店每服务年度9,600元、以剩余天数折算计费；减少门店的，费用不予调减。

三、付款
（一）实施费在上线验收合格后十个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内一次性支付。
（三）本合同不设预付款。乙方应在每次付款前开具等额增值税专用发票。
（四）甲方依第五条取得的服务抵扣，可直接在应付订阅费中扣减。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部35家门店的上线。
（二）上线验收标准：
1. 35家门店的账号、教室、琴房及课程配置全部完成；
2. 历史会员、剩余课时和储值余额迁移后与甲方原系统逐条核对一致；
3. 小程序预约、取消、签到、消课全流程测试通过；
4. 收银与支付渠道对账连续五日无差异；
5. 各门店店长及前台培训完成，并通过乙方组织的操作考核。
（三）甲方在收到乙方书面验收申请后五个工作日内组织验收。门店上线使用不等于验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付800元违约金。
（五）实施期间，甲方应指定项目联系人，按乙方提供的模板整理历史会员、课时及储值数据，并在合同签订后十五日内提供；因甲方资料延迟导致上线延误的，上线期限相应顺延。
（六）乙方应为各门店提供上线当日的远程值守支持，首周每日跟踪签到、消课及收银数据，发现异常应当日处理。
（七）验收合格后，双方签署上线验收单，该日期为第一个服务年度的起算日。

五、服务水平
（一）乙方承诺每月系统可用率不低于99.5%。经提前三日通知的计划维护不计入不可用时间，计划维护每月不超过两次，且应安排在22:00至次日7:00之间。
（二）故障分级及响应：
1. 一级故障（全部或多数门店无法预约、签到或收银）：三十分钟内响应，两小时内恢复；
2. 二级故障（单个功能或单家门店不可用）：两小时内响应，当日恢复；
3. 三级故障（一般使用问题）：一个工作日内响应。
（三）服务补偿：月可用率低于承诺值的，乙方按当月对应订阅费的5%给予服务抵扣；低于99%的，抵扣10%；一级故障未按时恢复的，每次另行抵扣2,000元。抵扣款项在下一期订阅费中扣减，服务期最后一期的抵扣由乙方退还。
（四）乙方应按月向甲方提供服务报告，内容包括可用率、故障记录、补偿金额及产品更新说明；每个服务年度结束前，双方召开一次服务回顾会议。
（五）乙方进行影响门店使用的重大版本升级，应提前七日通知甲方，并提供新功能说明和培训资料。
（六）因不可抗力、甲方网络或设备原因、第三方支付渠道故障导致的不可用，不计入可用率计算。

六、数据权属与数据安全
（一）甲方及其学员、家长的数据，包括会员信息、课时记录、交易流水和点评内容，归甲方所有。乙方仅为提供本合同约定的服务处理上述数据，不得用于其他任何目的。
（二）乙方应将数据存储于中国境内，平台应通过网络安全等级保护三级测评；数据传输和存储加密，内部访问遵循最小权限原则，操作日志保存六个月以上。
（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方及其学员造成的损失。
（四）服务终止后三十日内，甲方可导出全部数据；期满后乙方应彻底删除并书面确认。
（五）学员为未成年人的，乙方应按照未成年人个人信息保护的相关规定，对其信息采取更严格的访问控制，未经监护人同意不得用于营销推送。

七、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、课程体系模板、报表模板及相关文档归甲方所有，甲方可自由使用、修改并许可他人使用。
（三）乙方保证平台及其交付成果不侵犯第三方的知识产权，因侵权产生的纠纷由乙方负责处理并赔偿甲方损失。

八、保密
双方对在合作中知悉的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内继续有效。乙方员工因履行本合同接触甲方数据的，乙方应与其签订保密协议。

九、责任限制
乙方因本合同承担的累计赔偿责任，以甲方在索赔事件发生前六个月内已向乙方支付的订阅费为限；但乙方因故意、重大过失或违反第六条约定造成的损失不受此限。

十、续期
服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其届时公布的标准价格调整订阅费，调整后的价格自续期之日起适用。乙方调整价格的，应在服务期满前六十日通知甲方。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。经甲方同意分包的，乙方仍对分包部分向甲方承担全部责任。

十二、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因解除合同的，乙方应按未使用的服务天数退还已收取的订阅费。
（三）合同解除或终止时，乙方应按第六条第（四）项协助甲方导出数据，并提供不少于三十日的过渡服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十四、其他
本合同附件包括：门店清单、功能清单、上线验收单及服务水平说明。合同履行中的通知以书面或电子邮件方式送达双方指定联系人。本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H826Z04 = """畜禽粪污资源化利用监管系统运维服务合同

项目名称：2027年度畜禽粪污资源化利用监管系统运维服务
采购方式：竞争性磋商（项目编号：SQXM-CS-2027-009）
甲方（采购人）：松泉市畜牧兽医局
乙方（成交供应商）：松泉云测信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，为保障系统稳定运行及数据安全，甲乙双方就畜禽粪污资源化利用监管系统的年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：畜禽粪污资源化利用监管系统（含养殖场户备案、粪污产生量核算、转运台账、还田利用监测、移动执法App五个子系统），以及部署于市政务云的应用服务器、数据库和中间件。
（二）服务内容：日常巡检与监控；故障处理；数据库备份与恢复演练；系统小版本升级与缺陷修复；全市327家规模养殖场的台账数据质量核查；基层用户培训及热线支持；配合网络安全等级保护测评及整改。
（三）服务期：2027年1月1日至2027年12月31日。
（四）数据质量核查：乙方每月对养殖场户备案信息、粪污产生量核算和转运台账进行一致性核查，对发现的异常数据形成清单，经甲方确认后通知相关乡镇核实更正。
（五）培训与支持：乙方每半年为县区及乡镇用户组织一次集中培训，工作日8:30至17:30提供热线支持，数据上报期内延长至20:00。

第二条 服务费用
（一）本合同服务费为人民币肆拾陆万捌仟元整（¥468,000），为含税固定总价。
（二）服务费按季度结算，每季度117,000元，在该季度运维考核合格后十五个工作日内支付。甲方不向乙方预付任何款项。
（三）季度考核扣款从当季服务费中直接扣减。
（四）服务费已包含乙方人员、差旅、运维工具及培训等全部费用，甲方不再另行支付其他费用。

第三条 运维交接与人员
（一）乙方应于2027年1月10日前完成与原运维单位的交接，包括账号权限、运维文档、备份介质和未结问题清单，并经甲方书面确认。
（二）乙方派驻一名运维工程师在甲方办公场所工作，另设二线技术支持团队。驻场人员变更须提前十日报甲方同意。
（三）驻场工程师应具有三年以上数据库或系统运维经验，二线团队应包括数据库、网络安全和应用开发人员。
（四）乙方应建立运维工作日志，记录每日巡检、变更、故障处理及用户咨询情况，甲方可随时查阅。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划内停机应提前两个工作日报甲方批准，且不得安排在每月1日至5日的数据上报期内。
（二）故障分级：
1. 一级故障（系统整体不可用、数据库损坏或数据上报中断）：三十分钟内响应，两小时内到场，六小时内恢复；
2. 二级故障（单个子系统或移动执法App不可用）：一小时内响应，当日恢复；
3. 三级故障（一般功能问题或数据咨询）：一个工作日内处理。
（三）乙方每月5日前提交上月运维报告，内容包括可用率、故障清单、备份记录及数据质量核查结果。
（四）重大节假日及省、市督查检查期间，乙方应安排专人值守，确保系统稳定运行。
（五）乙方进行系统升级或配置变更前，应提交变更方案，经甲方同意后在测试环境验证，并在变更窗口内实施，同时准备回退方案。
（六）每季度至少开展一次数据库备份恢复测试，测试结果记入运维报告。

第五条 考核与扣款
（一）甲方按季度对乙方进行运维考核，考核内容包括可用率、故障响应与恢复时限、巡检及备份执行、运维报告质量和用户满意度。
（二）月度可用率每低于承诺值0.01个百分点，扣款500元；一级故障每迟延响应或恢复一小时，扣款1,000元；二级故障每迟延一小时，扣款300元。
（三）季度考核得分低于80分的，当季服务费暂缓支付，乙方整改合格后支付。
（四）季度考核由甲方组织，考核结果经双方签字确认；乙方对考核结果有异议的，可在五个工作日内书面提出复核。

第六条 年度验收
服务期满后二十日内，甲方组织年度验收，标准为：四个季度考核均合格；全年未发生因乙方原因的数据丢失；备份恢复演练至少两次且恢复成功；运维文档、脚本及配置清单完整移交。年度验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方可从最后一期服务费中扣减相应款项。

第七条 数据安全
（一）系统中的养殖场户信息、粪污台账、监测数据和执法记录均属于甲方所有，乙方仅为履行运维服务使用，不得用于其他任何目的，不得向任何第三方提供。
（二）乙方应遵守《数据安全法》《个人信息保护法》及等级保护相关要求。运维操作须通过甲方堡垒机进行，数据库导出须经甲方书面审批，测试使用的数据应经脱敏处理，且不得带离政务云环境。
（三）发生数据泄露、篡改或丢失的，乙方应在一小时内向甲方报告，并配合处置和溯源；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律后果。
（四）乙方应对其运维人员进行数据安全培训，并签署数据安全承诺书；人员离场时应当日注销其全部账号和权限。
（五）服务期满或合同解除时，乙方应将持有的全部数据、备份介质及运维资料移交甲方，并删除其留存的任何副本。

第八条 知识产权
运维期间乙方为本系统编写的脚本、补丁、报表及运维文档，知识产权归甲方所有，甲方可自由使用和修改。乙方使用自有运维工具的，工具本身的知识产权仍归乙方，但乙方应保证甲方在交接后可正常使用本系统。

第九条 违约责任
（一）乙方未按第三条约定时间完成运维交接，或未按期完成等级保护测评配合、备份恢复演练等工作的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）乙方驻场人员擅自离岗累计超过三个工作日的，每日扣款800元。
（三）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。
（四）因乙方原因造成系统数据丢失且无法恢复的，乙方应承担数据重建费用并赔偿甲方损失。

第十条 分包与转让
乙方不得将本合同项下的运维服务分包或转让给第三方。

第十一条 合同解除
（一）乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）合同解除或服务期满时，乙方应配合甲方或新运维单位完成交接，交接期不少于十五日，期间不另收费。
（三）甲方无正当理由拒绝支付服务费超过六十日的，乙方可书面催告；催告后三十日内仍不支付的，乙方有权解除合同。

第十二条 合同期满
本合同服务期满即终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。服务期满前六十日，乙方应提交运维总结报告及系统现状评估，供甲方后续采购参考。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件、成交通知书及考核细则为本合同附件，与本合同具有同等效力。双方指定的联系人及联系方式见附件，变更时应书面通知对方。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：松泉市畜牧兽医局        乙方（盖章）：松泉云测信息技术有限公司
签订日期：2026年12月  日
"""

H826Z05 = """# 工序跟踪管理系统软件许可及定制开发合同

（乙方标准合同文本 JX-HT-V3.0）

- 合同编号：JX-2027-0219
- 甲方：兰州金穗麦草画工作室
- 乙方：甘肃简序软件科技有限公司

甲方从事麦草画的设计、制作与销售，需对选料、熨烫、剪贴、装裱等工序进行跟踪管理。乙方为“简序”工序跟踪管理系统的著作权人。乙方已向甲方演示了系统标准功能。经双方协商，甲方向乙方采购该系统的软件许可及定制开发服务，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“简序”工序跟踪管理系统标准版软件许可（10个并发用户），许可期限为永久。

1.2 乙方按甲方提出的需求进行定制开发，内容包括：麦草画订单及作品档案管理；按选料、熨烫、剪贴、装裱、质检工序流转的扫码报工；作品工序进度看板；手工艺人计件工资统计；淘宝店铺订单导入接口。

1.3 部署：系统部署于甲方自有服务器或乙方推荐的云服务器，云服务器费用由甲方另行承担。服务器配置以乙方提供的《部署环境说明》为准，甲方应在部署前准备完毕。

1.4 乙方提供的定制开发以双方确认的《需求说明书》为准，需求说明书确认后甲方提出的新增或变更需求，乙方另行报价。

1.5 乙方负责系统的安装与初始化配置，包括工序模板、用户账号及权限设置。

1.6 本系统适用于Windows操作系统及主流浏览器，移动端扫码报工需使用安卓系统设备，设备由甲方自备。甲方应按本合同约定的时间和金额付款。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准版软件许可（10个并发用户，永久） | 168,000 |
| 2 | 定制开发（工序流转、扫码报工、进度看板、计件统计、订单接口） | 142,000 |
| 3 | 部署及培训 | 20,000 |
| | 合计 | 330,000 |

合同总价为人民币叁拾叁万元整（¥330,000）。增加用户数的，按乙方当期价格另行计费。上述价格不含服务器、扫码枪、标签打印机等硬件及耗材，甲方如需乙方代购，另行签订采购协议。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即214,500元，作为预付款。乙方收到预付款后启动开发。

3.2 系统部署完成后五个工作日内，甲方支付合同总价的35%，即115,500元。

3.3 甲方逾期付款的，乙方有权暂停开发、部署及技术支持，交付期限相应顺延。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具普通发票；甲方需要增值税专用发票的，应提前书面告知。合同签订后，预付款不予退还。

## 第四条 交付与验收

4.1 乙方在收到预付款后六十日内完成定制开发和部署。因甲方需求变更、资料提供不及时等原因造成延误的，交付期限相应顺延。

4.2 系统部署完成后，乙方书面通知甲方，系统即视为验收合格。甲方在部署后开始使用系统的，亦视为验收合格。

4.3 甲方对系统功能提出的意见，乙方将在后续版本中酌情处理。

4.4 乙方提供系统操作手册电子版一份，并对甲方指定的不超过五名人员进行一次集中培训。培训以外的现场服务，按每人每日1,500元另行收费。

4.5 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并保证所提供资料真实、完整。甲方在使用过程中发现的问题，应通过微信群或电话向乙方提出。

## 第五条 技术支持

5.1 乙方通过电话、微信群及远程协助方式向甲方提供技术支持，工作日9:00至18:00受理。

5.2 乙方将尽商业上合理的努力，及时处理甲方反馈的问题。乙方对问题处理的时限不作承诺。

5.3 甲方应确保服务器及网络环境正常，并为乙方远程协助提供必要的访问条件。因甲方网络或硬件原因导致无法远程处理的，乙方不承担责任。

5.4 乙方现场服务须提前预约，差旅及住宿费用由甲方承担。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统部署完成之日起计算。免费维护期内，乙方免费修复软件缺陷，并提供远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方另行签订维护合同，维护费按乙方当年公布的价格标准执行。

6.3 因甲方擅自修改系统、操作不当或服务器环境变化造成的问题，不属于免费维护范围，乙方可另行收费。

6.4 免费维护期内，乙方发布的标准版升级补丁，甲方可免费获取；新增功能模块不在免费范围内。维护合同签订前，乙方不再向甲方提供任何技术支持。

## 第七条 知识产权

7.1 本系统及乙方为甲方定制开发的全部功能模块、源代码、数据库设计及相关文档，其著作权及其他知识产权均归乙方所有。

7.2 甲方仅在本合同约定的范围内使用本系统，不得复制、修改、反编译，或向任何第三方提供。乙方有权将定制开发的功能纳入其标准产品向其他客户销售。

7.3 甲方超出许可范围使用本系统的，乙方有权终止许可，并要求甲方按乙方当期价格补缴许可费。

## 第八条 数据

8.1 甲方在系统中录入的订单、作品、工序及客户数据归甲方所有。

8.2 乙方有权在去除甲方名称等标识信息后，将上述数据用于产品改进、行业分析及市场推广。

8.3 乙方采取防火墙、访问权限控制、每日备份等措施保障系统数据安全。因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方，并承担相应的赔偿责任。

8.4 甲方应自行做好数据的日常导出和备份。合同终止后，乙方保留甲方数据九十日，期满后乙方有权删除。

8.5 乙方可在其官网及宣传材料中使用甲方名称及作品图片作为客户案例。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。保密期限为合同终止后两年。

9.2 乙方依第八条8.2款使用数据的，不受本条限制。保密信息不包括已公开的信息及一方独立开发的信息。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方因自身原因延误交付的，交付期限相应顺延，乙方不承担违约金。

10.3 乙方不对甲方的间接损失、利润损失或业务中断损失承担责任，亦不对因不可抗力、第三方软件或甲方原因造成的损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权解除本合同。

11.2 合同解除的，已支付的软件许可费不予退还。

11.3 甲方逾期付款超过三十日的，乙方有权解除合同，已开发完成的成果归乙方所有。

## 第十二条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十三条 不可抗力

因地震、火灾、疫情、网络攻击、政府行为等不可抗力导致合同不能履行的，受影响方不承担责任，但应及时通知对方并提供相关证明。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《简序软件服务条款》为准。

14.2 本合同的修改须经双方书面确认，乙方对本文本享有最终解释权。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　　　乙方（签章）：

日期：　　　　　　　　　　日期：
"""

H826E01 = """T:Perpetual Software Licence and Services Agreement
P:Agreement No. ZIS-CN-2027-014
P:This Perpetual Software Licence and Services Agreement (the "Agreement") is made between Yantai Hengtai Valve Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yantai, Shandong Province (the "Buyer"), and Zuliana Industrial Software, C.A., a company incorporated in the Bolivarian Republic of Venezuela with its principal office in Maracaibo, Zulia State (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's asset maintenance and inspection software and to have the Vendor configure, integrate and deploy it at the Buyer's two plants in Yantai. The Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintaPro asset maintenance and inspection suite, version 8, comprising the work-order, preventive-maintenance, inspection, spare-parts and reporting modules, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, configurations, report templates, inspection checklists, scripts and documents created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, uploaded to, or generated by the Software in the course of the Buyer's operations, including equipment records, maintenance histories, inspection results and personal information of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users at the Buyer's plants and offices in mainland China, for the Buyer's internal business purposes.
P:2.2 The Vendor shall perform the following services: (a) configuration of the Software to the Buyer's maintenance processes; (b) interfaces with the Buyer's ERP system (purchase requisitions and spare-parts stock) and with its SCADA historian (equipment running hours); (c) migration of about 9,600 equipment records and six years of maintenance history; (d) training of key users and administrators.
P:2.3 The Software shall be installed on servers provided by the Buyer in its own data centre. The Vendor shall not host any part of the Software or Buyer Data outside the Buyer's premises.
H:Article 3 Price
P:3.1 The total price is CNY 1,690,000 (the "Contract Price"), made up of the perpetual licence fee of CNY 1,260,000, implementation services of CNY 384,000 and training of CNY 46,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
P:3.2 The Contract Price does not change for changes in exchange rates. Additional named users may be ordered at CNY 6,800 per user within three years after Final Acceptance.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Vendor has installed the Software and the Buyer has signed the go-live report. Go-live does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's authorised agent in Shanghai named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software licence keys within ten days after signature, and shall complete installation, configuration, interfaces and migration within 120 days after signature.
P:5.2 The acceptance criteria are: (a) every function in the agreed functional specification works as described; (b) migrated equipment records and maintenance histories reconcile with the source systems record by record; (c) the ERP and SCADA interfaces run for 15 consecutive days without error; (d) response time for standard screens below three seconds with 120 concurrent users; (e) no open Severity 1 or Severity 2 defect at the end of a 30-day trial run.
P:5.3 The Buyer shall test the Software against the criteria in Article 5.2 within 15 days after the Vendor's written notice of readiness and shall either sign Final Acceptance or list the defects. The Vendor shall correct listed defects within ten days and the test shall be repeated. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 The Vendor shall respond to faults as follows: Severity 1 (the Software is unavailable or work orders cannot be issued at either plant): response within one hour and a workaround or fix within eight hours; Severity 2 (a module is unavailable or seriously degraded): response within two hours and a fix within two business days; Severity 3 (other defects): response within one business day and a fix in the next update.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall pay the Buyer CNY 1,000, and for each full hour by which it misses a Severity 2 time, CNY 300. The Buyer may deduct these amounts from any sum due to the Vendor.
P:6.4 After the Warranty Period, the Buyer may order annual support covering the services in Articles 6.1 to 6.3. The annual support fee shall not exceed 11% of the licence fee, that is CNY 138,600 per year, and shall remain fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and for no other purpose, and shall not disclose it to any third party.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access gateway provided by the Buyer, with individual accounts, multi-factor authentication and session logging, and only after the Buyer approves each session. The Vendor shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in handling Buyer Data.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in containing it and shall compensate the Buyer for all losses caused by the Vendor's breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the work in Article 5.1 on time for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims under Article 7.3, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for services not accepted, and the licence granted in Article 2.1 shall continue for the licence fee already paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Bolivarian Republic of Venezuela.
P:13.2 Any dispute arising out of this Agreement that is not settled by negotiation within 30 days shall be finally resolved by arbitration under the rules of the Maracaibo Chamber of Commerce Arbitration Centre, in Maracaibo, in the English language.
H:Article 14 General
P:14.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be in writing and sent to the addresses above.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H826E02 = """# Subscription Order Form and General Terms

**Order Form No. AFS-OF-2027-0088**

Provider: Andes Field Software, C.A., a company incorporated in the Bolivarian Republic of Venezuela, with its principal office in Valera, Trujillo State ("Provider").

Customer: Suzhou Lianfeng Elevator Service Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou, Jiangsu Province ("Customer").

This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

FieldRoute, Provider's cloud service for scheduling, dispatching and recording elevator and escalator maintenance work, including the dispatcher web console, the technician mobile app, the customer portal for building managers, the spare-parts module and standard reports (the "Service").

### A2. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 begins on the Go-Live Date, which is the date of Onboarding Acceptance under A4. Each Subscription Year lasts 365 days.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| FieldRoute technician subscription, Subscription Year 1 | 220 technicians | 1,300 per year | 286,000 |
| FieldRoute technician subscription, Subscription Year 2 | 220 technicians | 1,300 per year | 286,000 |
| Dispatcher and administrator seats | 25 seats | included | 0 |
| Onboarding (configuration, data import, integration with Customer's ERP, training) | one-time | 38,000 | 38,000 |
| **Total fees for the Subscription Term** | | | **610,000** |

All fees are in CNY and include value-added tax. Additional technicians may be added at CNY 1,300 per technician per Subscription Year, prorated by day.

### A4. Onboarding and Onboarding Acceptance

Provider shall complete onboarding within 50 days after signature of this Order Form. Onboarding includes: configuration of Customer's 14 branch offices, 3,900 maintained units and their maintenance schedules; import of unit records, contracts and two years of work-order history; an interface with Customer's ERP for spare-parts stock and invoicing; and training of dispatchers, branch managers and technician team leaders.

Onboarding Acceptance criteria: (a) all branch offices, units and schedules are configured and checked by Customer; (b) imported records reconcile with Customer's source files; (c) the ERP interface runs for ten consecutive business days without error; (d) a pilot of 30 technicians at two branches completes two weeks of daily work in the app without a Priority 1 incident. Customer shall confirm Onboarding Acceptance in writing or list defects within seven business days after Provider's notice of readiness. Use of the Service during the pilot is not acceptance.

If Provider does not achieve Onboarding Acceptance by the date above for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

Provider shall invoice the onboarding fee on Onboarding Acceptance. Provider shall invoice the subscription fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay each correct invoice within 30 days after receipt. No fee is payable before the Go-Live Date.

### A6. Contacts and Signatures

Customer's contract owner: Head of Field Operations. Provider's contract owner: Regional Account Director, Asia.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, or generated by the Service from it, including unit records, work orders, photographs, signatures of building managers, and personal information of Customer's employees and of building contacts.

1.2 "Customer Configurations" means the schedules, checklists, workflows, report templates and interface mappings created for Customer during onboarding or the Subscription Term.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

3.2 Provider shall respond to incidents as follows: Priority 1 (the Service or the mobile app is unavailable for all users, or work orders cannot be created or closed): response within one hour, with updates every two hours until restored; Priority 2 (a major function is unavailable or degraded for many users): response within three hours; Priority 3 (other issues and questions): response within one business day.

3.3 Provider shall report availability and incident statistics to Customer each month and, for every Priority 1 incident, provide a root-cause analysis within five business days.

3.4 The Service Levels are targets that Provider will work to achieve. No service credits, fee reductions or other payments apply if a Service Level is not met.

### 4. Customer Data and Data Security

4.1 As between the parties, Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or otherwise disclose it.

4.2 Provider shall host the Service and store Customer Data only in data centres located in mainland China, operated under a Multi-Level Protection Scheme level 3 record. Provider shall encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and test its backups every quarter.

4.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take prompt measures to contain it, shall assist Customer with any notification to regulators or affected persons, and shall compensate Customer for losses caused by Provider's failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, Customer may export all Customer Data in CSV format. Provider shall then delete Customer Data and confirm the deletion in writing.

### 5. Intellectual Property

5.1 Provider owns the Service and all improvements to it.

5.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and let third parties use them, also after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Order Form, use it only for this Order Form and not disclose it without the other party's prior written consent, during the Subscription Term and for three years after it.

### 7. Fees, Renewal and Price Changes

7.1 The fees in A3 are fixed for the Subscription Term.

7.2 At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

7.3 For each renewal term, Provider may increase the subscription fees to its list prices then in effect by notice to Customer before the start of that renewal term.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months before the event giving rise to the claim. This limit does not apply to Provider's breach of Section 4 or Section 6, to personal injury, or to fraud.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term and any renewal term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.

9.3 If Customer terminates under Section 9.2, Provider shall refund the part of the subscription fees already paid that relates to the period after termination.

### 10. Subcontracting and Assignment

10.1 Provider shall not subcontract the provision of the Service or any part of it without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

10.2 Neither party may assign this Order Form without the other party's written consent.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Order Form shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be given in writing to the contract owners named in A6. This Order Form may be signed in counterparts and by electronic signature. Amendments must be in writing and signed by both parties.

12.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may end this Order Form by written notice.
"""

H826E03 = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software Licence
P:Contract No. TSC-EQ-2027-031 (Buyer's standard form for equipment and software)
P:Buyer: Anhui Tongshan Cement Co., Ltd., registered in Tongling, Anhui Province, People's Republic of China.
P:Supplier: Llanos Sensing Technologies, C.A., registered in Barinas, Barinas State, Bolivarian Republic of Venezuela.
P:The Buyer operates two clinker production lines and a grinding plant. It wishes to monitor the vibration and temperature of its kiln drives, fans, mills and conveyors so as to plan maintenance before failures occur. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's VibraLlanos condition monitoring software, including the analytics server, the web dashboard and the mobile alert app.
P:1.3 "Custom Work" means the dashboards, alarm rules, asset hierarchy, interface to the Buyer's DCS historian and documents produced by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, asset records, reports and other data collected or produced by the Equipment and Software at the Buyer's plants.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install the Equipment, grant the Buyer a perpetual licence to the Software for unlimited users at the Buyer's Tongling site, carry out the Custom Work, commission the system and train the Buyer's staff.
P:2.2 The Software shall be installed on the Buyer's servers in its plant network. No measurement data shall be sent outside the Buyer's network.
H:3. Price
P:3.1 The Contract Price is CNY 1,740,000, including all taxes, packing, transport to the Buyer's site, insurance, installation materials and the Supplier's travel costs, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless tri-axial vibration sensor, ATEX-rated|360|2,150|774,000
TB:2|Wireless temperature sensor|120|1,300|156,000
TB:3|Industrial wireless gateway with mounting kit|24|9,500|228,000
TB:4|VibraLlanos software, perpetual site licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,544,000
TB:5|Installation, Custom Work and commissioning|1 lot|172,000|172,000
TB:6|Training (operators, reliability engineers, administrators)|1 lot|24,000|24,000
TB:|Contract Price|||1,740,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates or changes in costs.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 business days after signature, against the Supplier's invoice and an unconditional bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 business days after all Equipment has been delivered and installed and the Buyer has signed an installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 business days after Final Acceptance under clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Tongling site within 60 days after signature and complete installation, Custom Work and commissioning within 100 days after signature.
P:5.2 Installation work on running equipment shall follow the Buyer's permit-to-work and lock-out procedures. The Supplier shall make good any damage caused by its personnel.
P:5.3 The Supplier shall supply with the Equipment a recommended spare-parts list, installation drawings showing the position of every sensor, calibration certificates for all sensors and the user and administrator manuals of the Software in Chinese and English.
P:5.4 The Supplier's engineers shall attend the Buyer's site safety induction before starting work and shall wear the protective equipment required in each area of the plant.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a 45-day trial period. Final Acceptance requires that: (a) every sensor transmits valid readings at the configured interval, with data completeness of at least 98% per sensor over the trial period; (b) alarm rules trigger correctly in tests with reference signals on at least 20 selected machines; (c) the DCS historian interface transfers running status and load for all monitored machines without error; (d) dashboards and reports match the agreed specification; and (e) there is no open Severity 1 or Severity 2 fault at the end of the trial period.
P:6.2 The Buyer shall carry out the acceptance test within ten business days after the end of the trial period and sign a Final Acceptance certificate or give the Supplier a written list of defects. The Supplier shall remedy the defects within 15 days, after which the test shall be repeated.
P:6.3 Delivery, installation, the installation certificate or use of the system by the Buyer do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace faulty Equipment, correct Software defects, supply all updates and provide remote and on-site support free of charge. Sensor batteries that fail during the Warranty Period shall be replaced free of charge.
P:7.2 Faults shall be handled as set out below.
TB:Severity|Description|Response|Resolution
TB:Severity 1|Analytics server or all gateways down; no alarms from a production line|30 minutes|restore within 8 hours
TB:Severity 2|A gateway or group of sensors down; alarms delayed|2 hours|within 2 business days
TB:Severity 3|Single sensor fault or minor software defect|1 business day|within 10 business days
P:7.3 For each full hour by which the Supplier misses a Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 800; for each full day by which it misses a Severity 2 resolution time, CNY 1,000. The Buyer may deduct these amounts from any payment or from the bank guarantee.
P:7.4 After the Warranty Period, the Buyer may purchase annual support with the same scope and service levels. The annual support fee shall not exceed 8% of the Hardware and Licence Subtotal, that is CNY 123,520 per year, and shall remain unchanged for two years after the Warranty Period. Support is agreed year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and in the Equipment firmware, and grants the Buyer a perpetual, irrevocable licence to use them.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall hand over all configuration files, rule definitions, interface source code and documents at Final Acceptance, and the Buyer may use, modify and license them without restriction.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not transfer it outside the Buyer's site or disclose it to any third party.
P:9.2 Remote support shall be carried out only through the Buyer's secure remote-access system, with named accounts, approval of each session by the Buyer's IT department and full session recording. Gateways and sensors shall use encrypted communication and shall have default passwords changed before commissioning.
P:9.3 The Supplier shall inform the Buyer within six hours after becoming aware of any unauthorised access to the system or to Buyer Data, shall help to contain it and shall be liable for all losses caused by its failure to comply with this clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plants, processes, equipment and business that it receives under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier fails to meet the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, intellectual property infringement and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and fails to remedy the breach within 20 days after receiving written notice, or if the liquidated damages under clause 11.1 reach their maximum. The Supplier shall then refund the payments received for Equipment and services not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall first be settled by negotiation. Failing agreement within 30 days, either party may submit the dispute to the Hefei Arbitration Commission for arbitration in Hefei.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions have equal force. Amendments must be in writing and signed by both parties.
P:15.2 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the addresses given by each party in its signature block. A notice sent by e-mail is received on the next business day after it is sent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H826E04 = """# Managed IT Services Agreement

**Agreement No. OMS-2027-NB-06**

This Managed IT Services Agreement (the "Agreement") is made between:

- **Ningbo Haishun Cold Chain Logistics Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province ("Customer"); and
- **Oriente Managed Services, C.A.**, a company incorporated in the Bolivarian Republic of Venezuela with its principal office in Cumaná, Sucre State, acting through its service centre in Hangzhou ("Provider").

Customer operates 14 temperature-controlled warehouses and a head office. It wishes to outsource the day-to-day operation of its network, servers and end-user devices to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels of performance set out in Schedule 2, and "Service Credits" means the amounts set out there.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms in writing that transition has been completed in accordance with Section 3.

1.5 "Customer Data" means all data of Customer and its clients that Provider obtains or handles in performing the Services, including warehouse management system data, temperature logs, configuration data and personal information of Customer's staff.

## 2. Term

2.1 This Agreement starts on signature. The Services shall be provided for 36 months from the Service Commencement Date (the "Service Term").

2.2 The parties may extend the Service Term by written agreement signed by both parties. There is no automatic renewal.

## 3. Transition and Service Commencement

3.1 Provider shall complete transition within 60 days after signature. Transition includes: discovery and documentation of all sites, circuits, network devices, servers and about 620 end-user devices; deployment of Provider's monitoring tools; handover from Customer's current support team; and set-up of the service desk with Customer's user directory.

3.2 Customer shall confirm the Service Commencement Date in writing when the following criteria are met: (a) an asset inventory, network diagrams and runbooks for all sites are delivered and checked by Customer; (b) all network devices and servers in scope are monitored and alerts reach the service desk; (c) the service desk has handled live calls for ten business days in a parallel run with no Priority 1 incident mishandled; (d) a failover test of the head-office internet links and of the warehouse management system database has been completed successfully.

3.3 If the Service Commencement Date has not occurred within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Provider's Obligations

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet or exceed the Service Levels in Schedule 2.

4.2 Provider shall assign a named service manager, hold a monthly service review with Customer and deliver a monthly service report covering incidents, changes, Service Level performance, Service Credits, capacity and recommendations.

4.3 Provider shall follow Customer's change management procedure. No change to production systems may be made without Customer's approval, except emergency changes needed to restore a Priority 1 incident, which shall be reported on the same day.

4.4 Provider's on-site staff shall comply with Customer's site rules, including food-safety and cold-store safety rules.

## 5. Customer's Obligations

5.1 Customer shall give Provider's staff reasonable access to its sites and systems, provide desk space for two on-site engineers at the head office, and name a contract manager.

5.2 Customer remains responsible for purchasing hardware, software licences and telecommunication circuits, unless agreed otherwise in writing.

## 6. Charges and Payment

6.1 Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the Service Term and include all taxes and Provider's expenses.

6.2 Provider shall invoice the transition charge after the Service Commencement Date. Provider shall invoice the monthly service charge at the end of each month in arrears, less any Service Credits for that month. Customer shall pay correct invoices within 30 days after receipt.

6.3 Service Credits are deducted from the next invoice and are not a penalty. Payment of Service Credits does not limit Customer's other remedies for the same failure.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

7.2 At the end of the Service Term, Provider shall return all Customer Data in its possession to Customer.

## 8. Intellectual Property

8.1 Provider retains ownership of its monitoring tools, service desk platform and general know-how.

8.2 The runbooks, network diagrams, scripts, configuration templates and other documents produced by Provider for Customer under this Agreement belong to Customer, which may use, modify and pass them to a successor provider without restriction.

## 9. Confidentiality

9.1 Each party shall keep confidential any non-public information of the other party that it receives under this Agreement, including information about Customer's clients, pricing, warehouse operations and systems, and shall not disclose it to any third party without the prior written consent of the other party, except to its professional advisers under a duty of confidence or as required by law.

9.2 This Section 9 continues to apply for three years after the end of this Agreement.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement shall not exceed 150% of the total Charges set out in Schedule 3, except for personal injury, fraud and wilful misconduct.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for the acts and omissions of any approved subcontractor.

## 12. Early Termination and Exit

12.1 Customer may terminate this Agreement for convenience with effect at any time after the eighteenth month of the Service Term, by giving Provider 90 days' written notice and paying an early termination charge equal to three monthly service charges.

12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent, enters into liquidation or ceases to carry on business.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days, including handover of documentation, credentials and open tickets to Customer or a successor provider, at no additional charge.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be referred to the parties' senior managers. If it is not resolved within 30 days, either party may submit it to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. If the Schedules and the clauses conflict, the clauses prevail.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, chat and portal, in Chinese and English; logging, triage and tracking of all incidents and requests | 24 x 7 |
| Network operations | Monitoring and management of routers, firewalls, switches and Wi-Fi at 15 sites; circuit fault management with carriers | 24 x 7 |
| Server operations | Monitoring, patching and backup checks for 46 servers, including the warehouse management system database servers | 24 x 7 monitoring, changes in agreed windows |
| End-user support | Remote and on-site support for about 620 desktops, laptops, handheld scanners and label printers | Remote 24 x 7; on site 07:00 to 22:00 |
| On-site engineers | Two engineers at the head office; visits to warehouses as needed | Business days |
| Reporting | Monthly service report and quarterly capacity review | Monthly and quarterly |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Priority 1 response (warehouse management system or a site network down) | 15 minutes | CNY 1,500 per hour or part hour late |
| Priority 1 restoration | 6 hours | CNY 3,000 per hour or part hour late |
| Priority 2 response (a service degraded at one site) | 1 hour | CNY 500 per hour late |
| Priority 3 response (single user issue) | 8 business hours | none |
| Head-office and warehouse network availability, per month | 99.95% | 2% of the monthly service charge for each 0.1 point below |
| Monthly service report delivered | by the 5th business day | CNY 500 per day late |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after the Service Commencement Date | 92,000 |
| Monthly service charge | CNY 58,000 per month x 36 months, in arrears | 2,088,000 |
| **Total Charges for the Service Term** | | **2,180,000** |
"""

H826E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MAD-CN-2027-0412

BETWEEN

Harbin Beifeng Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province ("Customer"),

AND

Monagas AgroData, C.A., a company incorporated in the Bolivarian Republic of Venezuela with its principal office in Maturín, Monagas State ("Provider").

BACKGROUND

Customer buys, stores and sells soybeans, maize and wheat, and imports part of its volumes. Provider publishes crop condition, weather, freight and price data for the main producing and exporting regions and delivers it through an application programming interface. Customer wishes to subscribe to that data for two Subscription Years and to have Provider build a connector to its trading and risk system.

1. DEFINITIONS

1.1 "Data" means the datasets described in clause 2.1, as updated by Provider from time to time.

1.2 "API" means Provider's application programming interface through which the Data is delivered, with its documentation.

1.3 "Connector" means the software, mappings and scheduled jobs built by Provider under clause 3 to load the Data into Customer's trading and risk system.

1.4 "Customer Data" means all data that Customer or its users submit to the API or the web portal, including positions, watchlists, saved queries, uploaded contract lists and user account details, and the query logs generated by Customer's use.

1.5 "Subscription Year" means each period of 365 days starting on the Start Date or on an anniversary of it. The "Start Date" is the date of Integration Acceptance under clause 3.3.

2. SUBSCRIPTION

2.1 Provider shall make available to Customer through the API and the web portal: (a) daily crop condition and yield estimates for the producing regions listed in Annex A; (b) observed and forecast weather data for the same regions, updated every six hours; (c) ocean freight rates for the main grain routes to Chinese ports; (d) daily settlement and cash prices from the exchanges and markets listed in Annex A.

2.2 Provider grants Customer a non-exclusive, non-transferable licence for the Subscription Term to use the Data for its internal business, for up to 40 named users and unlimited automated calls by the Connector within the fair-use limits in Annex A. Customer may include extracts of the Data in internal reports and in reports to its banks and auditors.

2.3 The Subscription Term is two Subscription Years from the Start Date. Before the Start Date, Provider shall give Customer test access to the API free of charge.

2.4 Provider shall notify Customer at least 30 days in advance of any change to the API that is not backward compatible, and shall maintain the previous API version for at least 90 days after the change. Provider shall not reduce the coverage of the datasets in clause 2.1 during the Subscription Term.

3. CONNECTOR AND INTEGRATION ACCEPTANCE

3.1 Provider shall build the Connector and complete its installation in Customer's test and production environments within 45 days after signature.

3.2 Integration Acceptance criteria: (a) all datasets in clause 2.1 load into Customer's system on schedule for ten consecutive business days; (b) loaded values reconcile with the web portal for a sample of 200 data points selected by Customer; (c) failed loads are retried automatically and reported by e-mail; (d) Customer's administrators have been trained and the runbook has been delivered.

3.3 Customer shall test the Connector within seven business days after Provider's notice of readiness and confirm Integration Acceptance in writing or list the defects found. Provider shall correct them and the test shall be repeated. Use of the Data during testing is not acceptance.

3.4 If Integration Acceptance is not achieved within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 36,000.

4. FEES AND PAYMENT

4.1 The fees are fixed for the Subscription Term as follows: subscription fee for Subscription Year 1, CNY 348,000; subscription fee for Subscription Year 2, CNY 348,000; one-time Connector and integration fee, CNY 44,000. The total fees for the Subscription Term are CNY 740,000, including value-added tax.

4.2 Provider shall invoice the Connector and integration fee after Integration Acceptance, and the subscription fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay each correct invoice within 30 days after receipt. Nothing is payable before the Start Date.

4.3 Additional named users may be added at CNY 7,200 per user per Subscription Year, prorated by day.

5. SERVICE LEVELS

5.1 Provider shall ensure that the API and the web portal are available at least 99.5% of the time in each calendar month, excluding scheduled maintenance of which Provider gives at least three days' notice and which takes place on Sundays between 01:00 and 05:00 China Standard Time.

5.2 Provider shall publish each dataset by the daily cut-off times set out in Annex A.

5.3 Provider shall respond to incidents as follows: Priority 1 (the API or the portal is unavailable, or a dataset is missing or evidently wrong for all users): response within one hour and resolution or workaround within six hours; Priority 2 (degraded performance, or a dataset late by more than two hours): response within two hours; Priority 3 (other questions): response within one business day.

5.4 If monthly availability falls below the level in clause 5.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to 50% of that monthly amount. For each Priority 1 incident not resolved within the resolution time, Provider shall credit Customer CNY 2,000. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall keep Customer's positions, watchlists and uploaded contract lists strictly separate from other clients' data.

6.2 Provider may use Customer's usage data and query logs in aggregated and anonymised form to improve its products and to compile market activity statistics that it offers to its other clients, during and after the Subscription Term.

6.3 Provider shall host Customer Data on servers located in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least one year and have its controls audited every year by an independent auditor, whose summary report it shall share with Customer.

6.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, shall take immediate steps to contain it and shall compensate Customer for the losses caused by its failure to comply with this clause 6.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the Data and the API. Customer receives only the licence in clause 2.2.

7.2 The Connector, including its source code, mappings and runbook, belongs to Customer, which may use, modify and license it freely, also after the Subscription Term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, during the Subscription Term and for three years after it.

9. LIABILITY

9.1 Provider does not warrant that the Data is free from error, but shall compile it with the skill and care of a professional data publisher and correct any error promptly after it is reported.

9.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1. This limit does not apply to breach of clause 6 or clause 8, to infringement of intellectual property, or to wilful misconduct.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of the services under this Agreement without Customer's prior written consent. Provider remains responsible for any approved subcontractor. Provider's licensing of third-party source data for the Data is not subcontracting.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

11.3 If Customer terminates under clause 11.2, Provider shall refund the part of the fees paid that relates to the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding.

13. GENERAL

13.1 This Agreement, with Annex A (datasets, regions, cut-off times and fair-use limits), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be in writing and sent to the addresses of the parties above.

13.2 This Agreement is made in English. A Chinese translation may be prepared for reference; if the two differ, the English text prevails.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "h826z01": ("h826z01_county_straw_burning_monitoring_platform.pdf", "pdf", H826Z01),
    "h826z02": ("h826z02_eye_mask_factory_line_control_retrofit.docx", "docx", H826Z02),
    "h826z03": ("h826z03_marimba_school_chain_booking_saas.txt", "txt", H826Z03),
    "h826z04": ("h826z04_livestock_manure_supervision_system_om.txt", "txt", H826Z04),
    "h826z05": ("h826z05_straw_painting_studio_process_tracking_supplier_template.md", "md", H826Z05),
    "h826e01": ("h826e01_maintenance_software_perpetual_licence_maracaibo_vendor.pdf", "pdf", H826E01),
    "h826e02": ("h826e02_field_service_saas_order_form_valera_vendor.md", "md", H826E02),
    "h826e03": ("h826e03_cement_condition_monitoring_sensors_barinas_vendor.docx", "docx", H826E03),
    "h826e04": ("h826e04_cold_chain_managed_it_services_cumana_vendor.md", "md", H826E04),
    "h826e05": ("h826e05_grain_data_api_subscription_maturin_vendor.txt", "txt", H826E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def lab(lang, category, terms, sla_clause, ld_stated, capped, deemed, value, tco_base=None, forum_outside=False):
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "terms": t, "extra": extra, "tco_base": tco_base,
            "forum_outside": forum_outside}


LABELS = {
    # avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind
    "h826z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                      False, True, False, "PRC", G], True, True, True, False, 1420000, 760000),
    "h826z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26,
                                      False, True, True, "PRC", G], True, True, True, False, 1090000, 990000),
    "h826z03": lab("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 800 / 730000 * 100, 6 / 24 * 100, None,
                                   True, None, None, None, True, True, False, "PRC", S], True, True, None, False, 730000),
    "h826z04": lab("zh", "services", [99.95, 0.5, True, "buyer", True, True, False, 0.03, None, None, True, None, None,
                                      None, False, True, False, "PRC", S], True, True, None, False, 468000),
    "h826z05": lab("zh", "software", [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6,
                                      None, False, True, None, None, G], False, False, False, True, 330000, 168000),
    "h826e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                      False, True, False, "Venezuela", G], True, True, True, False, 1690000, 1260000,
                   forum_outside=True),
    "h826e02": lab("en", "cloud", [99.95, 1, False, "buyer", True, True, True, 500 / 610000 * 100, 6 / 24 * 100, None,
                                   True, None, None, None, True, True, False, "PRC", S], True, True, None, False, 610000),
    "h826e03": lab("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8,
                                      False, True, False, "PRC", G], True, True, True, False, 1740000, 1544000),
    "h826e04": lab("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2180000 * 100, 150, None,
                                      True, None, None, None, False, False, False, "PRC", S], True, True, None, False,
                   2180000),
    "h826e05": lab("en", "cloud", [99.5, 1, True, "buyer", True, False, True, 600 / 740000 * 100, 150, None, True, None,
                                   None, None, False, True, False, "PRC", S], True, True, None, False, 740000),
}

DESIGN = {
    "h826z01": [],
    "h826z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h826z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h826z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h826z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h826e01": ["CR-GOVERNING-LAW"],
    "h826e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h826e03": [],
    "h826e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h826e05": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
}
DESIGN_RISK = {"h826z01": "low", "h826z02": "high", "h826z03": "medium", "h826z04": "medium", "h826z05": "high",
               "h826e01": "low", "h826e02": "medium", "h826e03": "low", "h826e04": "high", "h826e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(L):
    t, e = L["terms"], L["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * L["tco_base"]
    return fees / (e["contract_value"] + fees) * 100


def derive(L):
    """My reading of policy §3, applied to a label."""
    t, e = L["terms"], L["extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or L["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(L)
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# --- threshold figures in texts ---------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ND = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(x, re.I) for x in [
    ND + r"99\.90*(?!\d)",                                   # availability 99.9
    r"九十九点九(?![一二三四五六七八九])",
    ND + r"4\s*(?:小时|个小时|h\b|hours?\b|hrs?\b|-hour)",      # 4 hours
    r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?\b",
    ND + r"0?\.050*(?!\d)",                                  # 0.05 %/day
    r"万分之五(?![十\d])", r"千分之零点五",
    ND + r"100(?:\.0+)?" + PCT, r"百分之一?百(?![分])", r"\bone\s*hundred\s*per\s*cent",   # cap 100 %
    ND + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*per\s*cent",  # prepayment 30 %
    ND + r"15(?:\.0+)?" + PCT, r"百分之十五", r"\bfifteen\s*per\s*cent",                      # post-warranty 15 %
    ND + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*per\s*cent",   # TCO 40 %
    ND + r"12\s*(?:个|個)\s*(?:自然)?\s*月", ND + r"12\s*(?:months?\b|-month)", r"十二\s*个\s*(?:自然)?\s*月",
    r"\btwelve[\s-]*months?\b",  # "12月" alone is December, a date
]]
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", ".05 %", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40 percent", "百分之四十",
            "12个月", "12 months", "twelve months", "十二个月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "fourteen hours", "0.055%", "0.5%",
             "万分之五十", "万分之三", "1,100%", "1100%", "200%", "130%", "2.15%", "115%", "140%", "百分之三十五",
             "120 months", "112个月", "2027年12月31日", "2 months", "36 months", "2026年", "CNY 1,300", "1,500元", "0.045"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s_ in MUST_HIT:
        assert threshold_hits(s_), "must hit: " + s_
    for s_ in MUST_MISS:
        assert not threshold_hits(s_), ("must miss", s_, threshold_hits(s_))


# --- read back ---------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label_json(key):
    L = LABELS[key]
    d = {"file": TARGETS[key][0], "language": L["language"], "category": L["category"],
         "expected_terms": L["terms"], "expected_extra": L["extra"], "expected_rules": DESIGN[key]}
    return json.dumps(d, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: (v[2]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(office, {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind, src) in TARGETS.items():
        L = LABELS[key]
        assert list(L["terms"]) == TERM_KEYS
        # no label value on a threshold
        for k_, v in list(L["terms"].items()) + list(L["extra"].items()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert v not in TH.values() and v != TCO_SHARE_TH, (key, k_, v)
        if L["terms"]["contract_kind"] == S:
            assert L["terms"]["warranty_months"] is None and L["terms"]["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in L["extra"]
        share = tco_share(L)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(L)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, L["language"])
        lo, hi = (2750, 3000) if L["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
        print("%s  %-4s len %5d  tco %s  rules %s  risk %s" % (key, kind, n, None if share is None else round(share, 2),
                                                             ", ".join(rules) or "(none)", risk(rules)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
