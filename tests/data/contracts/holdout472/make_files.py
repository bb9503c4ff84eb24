"""holdout472: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes only into this folder.
Labels are written from the DESIGN table below; expected rules are derived from the labels by my own reading of
policy.md section 3 (function derive_rules), compared with the design list, and full coverage of the 20 CR rules is
asserted. Every source text and every built file (read back) is scanned for threshold values.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条)
H472Z01 = """
T:粮库智能监管平台软件许可及定制开发合同
P:项目编号：QHZC2026-0093　　合同编号：QHLC-HT-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青禾市粮食和物资储备局，地址：青禾市滨江路88号，联系人：周振华
P:乙方（供应商）：南京禾盾信息技术有限公司，地址：南京市江宁区秣周东路16号，联系人：陆明远
P:鉴于甲方通过公开招标确定乙方为青禾市粮库智能监管平台项目的中标供应商，依据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供粮库智能监管平台软件（以下简称“平台”）的永久使用许可，部署于甲方指定的政务云资源，覆盖市储备局机关及所辖14个直属粮库。
P:1.2 乙方按甲方需求完成定制开发，包括：粮情测控数据接入与温湿度告警、出入库业务与视频抓拍联动、仓内库存数量识别、与省级粮食监管平台的数据对接、领导驾驶舱及统计报表（以下合称“定制成果”）。
P:1.3 乙方负责物联网终端接入、系统部署、联调测试、用户培训，并提交用户手册、运维手册、接口说明等全部技术文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾玖万元整（¥2,290,000），含税，为固定总价。明细如下：（1）平台软件永久许可费¥1,180,000；（2）定制开发费¥860,000；（3）物联网接入及部署费¥214,000；（4）培训费¥36,000。
P:2.2 合同总价包含乙方完成本合同全部工作所需的人工、差旅、软件、测试及税费，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额的预付款保函，甲方在收到保函后十个工作日内支付合同总价的20%作为预付款，即¥458,000。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%，即¥1,030,500。
P:3.3 试运行期满并通过终验后，甲方支付合同总价的35%，即¥801,500。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政国库集中支付程序办理付款。
H:第四条 工期
P:4.1 乙方应在合同签订之日起90日内完成部署并提交初验申请；初验通过后进入为期60日的试运行。
P:4.2 试运行期间平台应连续稳定运行，无一级故障，乙方方可申请终验。
H:第五条 验收
P:5.1 初验由甲方组织，检查内容包括：功能清单逐项测试；14个直属粮库的粮情测控数据实时接入；告警推送时延不超过10秒；与省级平台对接的数据校验一致；并发300用户时页面响应不超过3秒。
P:5.2 终验由甲方组织专家进行，内容包括试运行报告、等级保护二级测评报告、用户培训记录及全部技术文档。终验合格的，双方签署终验报告。
P:5.3 平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.5%（计划内维护时间除外，计划维护须提前三日通知甲方并安排在非业务时段）。
P:6.2 故障分为三级。一级故障（平台整体不可用或粮情告警失效）：乙方30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）：2小时内响应，24小时内解决；三级故障：下一工作日内响应，7个工作日内解决。
P:6.3 月度可用率每低于承诺值0.1个百分点，乙方向甲方支付¥2,000；一级故障响应每超时1小时，乙方支付¥1,000。上述款项甲方可从应付款项中直接扣除。
H:第七条 质保及维护
P:7.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续维护服务，年度维护费不超过平台软件永久许可费的8%，即每个服务年度不超过¥94,400。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 定制成果（含源代码、接口程序、数据库设计及技术文档）的知识产权归甲方所有，乙方应在终验时一并交付源代码。甲方有权自行或委托第三方使用、修改定制成果。
H:第九条 数据安全
P:9.1 平台中的粮情数据、库存数据、视频图像及业务数据均属甲方所有。乙方仅为履行本合同目的访问上述数据，不得复制、留存或用于其他任何用途。
P:9.2 乙方应按照网络安全等级保护二级要求部署平台，落实访问控制、日志审计和数据备份；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据泄露、损毁或丢失的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的储备粮数量、库点布局、监管信息等负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期提交验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不得分包或转包。
P:12.2 乙方投入本项目的项目经理及核心开发人员应与投标文件一致，确需更换的，应提前10日书面报甲方同意，更换后的人员资历不得低于原人员。
P:12.3 甲方负责提供政务云资源、网络环境、各直属粮库现场配合人员，并及时确认需求文档和测试方案。因甲方原因导致工期延误的，工期相应顺延。
P:12.4 乙方应对甲方各直属粮库的保管员、信息管理员开展不少于两轮的集中培训，并提供操作视频，确保相关人员能够独立使用平台。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾市粮食和物资储备局　　　乙方（盖章）：南京禾盾信息技术有限公司
P:法定代表人或授权代表：　　　　　　　　　法定代表人或授权代表：
P:签订日期：2026年  月  日　　　　　　　　签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, Word price table)
H472Z02 = """
T:封边机控制系统改造及维保合同
P:合同编号：MS-SB-2026-031
P:甲方（买方）：佛山市顺德区木森家具制造有限公司，地址：佛山市顺德区龙江镇工业大道19号
P:乙方（卖方）：东莞精控自动化科技有限公司，地址：东莞市松山湖园区科技九路6号
P:鉴于甲方板式家具车间现有6台直线封边机的控制系统老化、故障频发，甲方委托乙方对其进行控制系统改造，并在质保期满后提供维保服务。双方经友好协商，订立本合同。
H:1. 项目范围
P:1.1 乙方拆除6台封边机原有控制系统，更换PLC控制器、伺服驱动、触摸屏人机界面，安装乙方封边控制软件，并编写适配甲方产品规格的控制程序。
P:1.2 改造后每台封边机应实现：进料速度不低于22米/分钟，封边齐头精度±0.1毫米，支持甲方MES系统工单下发和产量回传。
P:1.3 乙方负责旧系统拆除、电气安装、调试、操作及维修培训，以及质保期满后的维保服务。
H:2. 合同价款
P:2.1 合同总价为人民币伍拾捌万陆仟元整（¥586,000），含13%增值税，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块|6套|38,500|231,000
TB:2|伺服驱动器及伺服电机|6套|27,800|166,800
TB:3|触摸屏人机界面|6套|6,200|37,200
TB:4|封边控制软件永久许可|6套|14,000|84,000
TB:|软硬件小计|||519,000
TB:5|旧系统拆除及安装调试|1项|58,000|58,000
TB:6|操作及维修培训|1项|9,000|9,000
TB:|合同总价|||586,000
P:2.2 上述价格包含设备运输、保险、安装材料及乙方人员差旅费用。
H:3. 付款
P:3.1 合同签订后7个工作日内，甲方支付合同总价的20%作为预付款，即¥117,200。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的50%，即¥293,000。到货及安装不视为验收。
P:3.3 终验合格后，甲方支付合同总价的25%，即¥146,500。
P:3.4 余款5%（¥29,300）作为质量保证金，质保期满且无质量争议后10个工作日内支付。
H:4. 交付与工期
P:4.1 乙方应在合同签订后45日内完成全部设备到货，并按甲方生产计划分批停机改造，每台停机时间不超过3日。
P:4.2 改造期间乙方应遵守甲方车间安全管理制度，做好现场防护，因乙方原因造成甲方设备或人员损害的，由乙方负责。
H:5. 验收
P:5.1 每台改造完成后，双方按以下标准进行终验：连续生产72小时无故障停机；进料速度及齐头精度达到1.2条要求；MES工单下发及产量回传准确；急停、安全门等安全回路测试合格。
P:5.2 全部6台终验合格后，双方签署终验报告。验收不合格的，乙方应在7日内整改并重新验收，费用由乙方承担。
H:6. 质保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换及上门服务均免费。
P:6.2 故障响应：一级故障（整线停机）2小时内响应，8小时内到场；二级故障（单项功能失效）8小时内响应，48小时内到场。响应或到场每超时1小时，乙方向甲方支付¥500。
H:7. 维保服务
P:7.1 质保期满后，乙方按服务年度提供维保服务，内容包括每季度一次预防性保养、易损件更换、程序优化和7×24小时电话支持，故障响应标准同6.2条。
P:7.2 维保费按软硬件小计的28%计取，即每个服务年度¥145,320，于每个服务年度开始后30日内支付。
P:7.3 维保服务按服务年度由甲方书面确认续签，不自动续期；维保费标准在续签时不上调。
H:8. 知识产权
P:8.1 封边控制软件的知识产权归乙方所有，甲方获得永久使用许可。
P:8.2 乙方为甲方编写的控制程序、参数配置及电气图纸的知识产权归甲方所有。乙方交付源程序，甲方可自行或委托他人使用、修改。
H:9. 数据安全
P:9.1 设备运行数据、生产数据及工艺参数属于甲方。乙方仅为故障诊断目的访问，不得复制、外传或用于其他目的。
P:9.2 乙方远程维护须经甲方设备部书面审批，使用甲方提供的VPN账号，每次维护结束后关闭权限并保留操作记录。
P:9.3 因乙方原因导致甲方数据泄露、程序被篡改或生产停机的，乙方应在2小时内通知甲方，并赔偿甲方全部损失。
H:10. 保密
P:10.1 双方对本合同内容及履行中获知的对方技术资料、商业信息负有保密义务，保密期至合同终止后三年。
H:11. 分包
P:11.1 乙方可将现场电气布线及设备安装工作交由其合作单位完成，提前3个工作日书面通知甲方即可，乙方对合作单位的工作质量承担责任。
H:12. 双方义务
P:12.1 甲方应按约定提供停机改造时段、现场电源及压缩空气接口，并指定设备部负责人配合调试。乙方应保证所供设备为原厂全新产品，附带合格证、说明书及电气原理图，并对甲方机修人员进行不少于三天的维修培训，使其能够独立处理常见故障。
P:12.2 改造期间，乙方应保留原系统拆下的主要部件，经甲方确认后方可处理；如改造后设备无法达到约定性能，甲方有权要求乙方恢复原系统运行并承担由此产生的全部费用。
P:12.3 乙方应在终验时移交全部技术资料，包括控制程序源文件、参数备份、电气图纸、备件清单及易损件推荐库存。
H:13. 违约责任
P:13.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:13.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:14. 不可抗力
P:14.1 因地震、台风、洪水、疫情等不能预见、不能避免且不能克服的不可抗力致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同，受影响方在不可抗力影响范围内免除责任。
P:14.2 双方应遵守廉洁从业规定，任何一方不得向对方经办人员提供回扣、礼品、宴请或其他不正当利益。一方违反本条的，另一方有权要求其整改，情节严重的，可以书面通知解除本合同。
H:15. 合同解除
P:15.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:16. 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交佛山仲裁委员会仲裁。
H:17. 其他
P:17.1 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：佛山市顺德区木森家具制造有限公司　　乙方（盖章）：东莞精控自动化科技有限公司
P:代表签字：　　　　　　　　　　代表签字：
P:日期：2026年  月  日　　　　　　日期：2026年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）)
H472Z03 = """车立方汽车服务门店工单及会员管理系统SaaS服务合同

合同编号：CLF-IT-2026-008

甲方（客户）：成都车立方汽车服务连锁有限公司
住所：成都市武侯区武兴四路22号
联系人：何建军

乙方（服务商）：杭州店掌云科技有限公司
住所：杭州市余杭区文一西路998号5幢
联系人：沈一帆

鉴于甲方在四川省内经营29家汽车美容及快修门店，拟统一使用乙方“店掌云”工单及会员管理系统（以下简称“系统”）管理施工工单、会员储值、配件库存及门店经营数据，双方经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方开通系统，包括29个门店端账号、总部管理端、会员小程序及经营报表功能。
（二）乙方负责系统实施，包括：门店及服务项目初始化、原收银系统中会员档案和储值余额的迁移、工单流程配置、与甲方收款商户号的对接，以及对门店店长、前台和技师的培训。
（三）乙方在服务期内提供系统功能更新和在线客服支持（每日9:00—21:00）。

二、服务期限
（一）订阅服务期为两个服务年度，自系统上线验收合格之日起计算，起止日期以双方签署的上线验收单为准。
（二）订阅服务期届满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方按其届时公布的标准价格调整，上调幅度不超过上一服务年度服务费的8%，乙方应在续期前十五日通知甲方。

三、服务费用
（一）订阅服务费：门店端每店每个服务年度¥3,600，29家门店合计¥104,400；总部管理端每个服务年度¥18,000。订阅服务费合计每个服务年度¥122,400，两个服务年度共计¥244,800。
（二）实施费：¥46,000，一次性支付。
（三）本合同总价为¥290,800（含6%增值税）。
（四）甲方新增门店的，按每店每个服务年度¥3,600标准按月折算增加，新增门店费用不计入本合同总价。

四、付款方式
（一）本合同不设预付款。
（二）实施费在系统上线验收合格后15个工作日内支付。
（三）订阅服务费按季度支付，每季度结束后10个工作日内，甲方根据乙方开具的发票支付该季度的服务费¥30,600。

五、实施与验收
（一）乙方应在合同签订后40日内完成全部29家门店的实施并申请上线验收。
（二）上线验收标准：29家门店均可正常开单、结算和打印；迁移后会员人数、储值余额、积分与原系统导出数据逐条核对一致；工单从接车、派工、质检到交车的全流程测试通过；会员小程序充值和核销测试通过；总部报表数据与门店数据一致。
（三）验收合格的，双方签署上线验收单；验收不合格的，乙方应在7日内整改后重新验收。系统上线试用不视为验收合格。

六、系统运行
乙方将尽商业上合理的努力维护系统的稳定运行，发生故障时及时处理，但不对系统可用率、故障响应时间或恢复时间作出具体承诺。乙方进行系统升级维护的，应提前通过系统公告通知甲方。

七、数据安全
（一）乙方应采取加密存储、传输加密、访问权限控制、操作日志记录和每日异地备份等措施保障甲方数据安全，系统部署于中国境内的云服务机房，并通过网络安全等级保护二级测评。
（二）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，采取补救措施并配合甲方向会员告知；因乙方原因造成的，乙方承担由此给甲方造成的全部损失。

八、数据归属
（一）甲方在系统中录入或产生的会员信息、工单、储值记录、库存及经营数据均属甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）合同终止后15日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除乙方留存的数据。

九、知识产权
系统平台的知识产权归乙方所有。乙方为甲方专门配置的工单模板、会员等级规则及定制报表归甲方所有，甲方可自由使用、修改或交由第三方使用。

十、保密
双方对在履行本合同过程中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内继续有效。

十一、违约责任
（一）乙方未按第五条约定期限完成实施的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。

十二、甲方的义务
（一）甲方应指定总部信息负责人，负责需求确认、门店协调及验收组织，并在乙方实施前向乙方提供门店清单、服务项目及价格表、会员档案和储值余额的导出文件。
（二）甲方应督促门店人员妥善保管系统账号和密码，不得将账号转借给非甲方人员使用；门店人员离职的，甲方应及时在系统中停用其账号。
（三）甲方自行配备门店使用的电脑、平板、小票打印机及网络，乙方提供设备兼容清单并远程协助安装。

十三、培训与上线支持
（一）乙方应在上线前分区域组织门店店长、前台及技师培训，每家门店参训人员不少于三人，培训内容包括开单、派工、结算、会员充值与核销、库存盘点及常见问题处理。
（二）上线首周，乙方应安排实施顾问在线值守，并对成都市内门店进行现场巡访，协助解决开单及结算中的问题；上线后首月，乙方每周向甲方提交一次使用情况报告。
（三）乙方应向甲方提供系统操作手册、培训视频及常见问题汇编，并在系统功能更新时同步更新上述资料。

十四、转包与分包
乙方不得将本合同项下的服务转包；确需将实施工作的部分内容分包的，须事先取得甲方书面同意。

十五、不可抗力及通知
（一）因地震、台风、洪水、疫情等不能预见、不能避免且不能克服的不可抗力致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同，受影响方在不可抗力影响范围内免除责任。
（二）双方的通知应以书面形式送达合同首部所列地址或双方指定的电子邮箱，以电子邮件发出的，发出之日视为送达。任何一方变更联系地址或联系人的，应在变更后3日内书面通知对方。

（三）双方应遵守廉洁从业规定，任何一方不得向对方经办人员提供回扣、礼品、宴请或其他不正当利益。一方违反本条的，另一方有权要求其整改，情节严重的，可以书面通知解除本合同。

十六、合同解除
一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。乙方应退还已付但未使用的服务费，并按第八条交付数据。

十七、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十八、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都车立方汽车服务连锁有限公司
授权代表：
日期：2026年  月  日

乙方（盖章）：杭州店掌云科技有限公司
授权代表：
日期：2026年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, （1）)
H472Z04 = """嘉陵市图书馆读者服务系统年度运维服务合同

项目名称：嘉陵市图书馆读者服务系统运维服务项目
项目编号：JLZC-2026-C014（竞争性磋商）
合同编号：JLTSG-YW-2026-02

甲方（采购人）：嘉陵市图书馆
地址：嘉陵市文华大道168号
乙方（成交供应商）：重庆书联信息技术有限公司
地址：重庆市渝北区星光大道62号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就嘉陵市图书馆读者服务系统运维服务事宜，经协商一致，订立本合同。

（1）服务范围
乙方为甲方下列系统提供运维服务：图书馆集成管理系统（采编、流通、典藏、期刊模块）、读者门户网站及微信服务号、自助借还机及自助办证机（共26台）、RFID安全门管理软件、座位预约系统，以及上述系统所在的服务器、数据库和存储设备。具体清单见磋商文件附件。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同终止，不自动续期；甲方如需继续采购，将依法重新组织采购。

（3）服务内容
乙方应提供：
1）驻场运维：安排1名具有图书馆系统运维经验的工程师在甲方工作日驻场，负责日常监控、故障处理、读者账户及数据维护；
2）远程技术支持：7×24小时电话及远程支持；
3）巡检与安全加固：每月一次全面巡检，每季度一次漏洞扫描及安全加固，并提交巡检报告；
4）数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练；
5）应急保障：全民阅读月、寒暑假等借阅高峰期增派工程师现场值守。

（4）服务费用
本合同总价为人民币贰拾柒万元整（¥270,000），含税，构成如下：驻场运维费¥168,000；远程技术支持费¥52,000；巡检及安全加固费¥38,000；应急演练及高峰值守费¥12,000。合同总价为固定价格，服务期内不作调整。

（5）付款方式
本合同不设预付款。服务费按季度支付：每季度服务结束且季度考核合格后，甲方在15个工作日内支付当季服务费¥67,500。季度考核扣款从当季服务费中扣除。

（6）服务水平
1）读者服务系统（集成管理系统及读者门户）月度可用率不低于99.95%；
2）一级故障（流通业务中断或读者门户无法访问）：15分钟内响应，1小时内到场，2小时内恢复；
3）二级故障（单个模块或部分自助设备不可用）：30分钟内响应，8小时内解决；
4）三级故障（一般性问题及咨询）：2小时内响应，3个工作日内解决。

（7）服务考核与扣款
1）月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥500；
2）一级故障响应或恢复每超时30分钟，扣减¥800；二级故障每超时1小时，扣减¥300；
3）未按期提交巡检报告或未完成备份恢复演练的，每次扣减¥1,000。
季度扣款累计不超过当季服务费的20%；连续两个季度考核不合格的，甲方有权解除合同。

（8）服务交接及启动
乙方应在服务期开始前10日内完成与原运维单位的交接，包括系统账户、文档、备份介质及未结工单的清点。乙方未按期完成交接或未按期启动服务的，每逾期一日向甲方支付违约金¥300。

（9）验收
甲方按季度对乙方服务进行考核，考核内容包括：可用率统计、故障处理记录、巡检报告、备份及恢复演练记录和读者满意度抽查（不低于90分）。服务期满，甲方组织年度验收，对照本合同第（3）、（6）项逐项核验，出具验收意见。

（10）数据安全
1）图书馆系统中的读者个人信息、借阅记录及业务数据均属甲方所有，乙方仅为履行本合同之目的处理，不得复制、外传或另作他用；
2）乙方人员应签署保密及数据安全承诺书，运维操作须通过甲方堡垒机进行并全程审计，不得使用个人设备连接业务网络；
3）发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成读者信息泄露或数据损毁的，乙方承担全部法律责任和赔偿责任。

（11）保密
乙方对在服务中知悉的甲方网络结构、账户口令、安全配置及其他未公开信息负有保密义务，保密义务在合同终止后继续有效。

（12）知识产权
乙方在服务中编写的运维脚本、巡检报告、操作手册及配置文档，其知识产权归甲方所有，甲方可自由使用、修改并交由后续服务单位使用。

（13）分包
本项目不允许分包。

（14）人员管理
1）乙方驻场工程师应具备图书馆集成管理系统运维经验和相应的数据库、网络维护能力，其简历须经甲方确认。乙方更换驻场工程师的，应提前15日书面征得甲方同意，并安排不少于5个工作日的交接。
2）驻场工程师应遵守甲方考勤及安全保卫制度，工作日按图书馆开放时间到岗；因请假等原因不能到岗的，乙方应安排同等能力的人员替岗。
3）乙方人员在甲方场所造成人身或财产损害的，由乙方承担责任。

（15）甲方的义务
甲方应为驻场工程师提供办公场所、网络接入及必要的系统账户，及时提供原运维单位移交的资料，指定信息部门负责人对接乙方工作，并按约定支付服务费。

（16）服务终止时的交接
合同终止或解除时，乙方应在10日内向甲方或甲方指定的后续服务单位移交全部系统账户、运维文档、备份介质、巡检记录及未结工单，并配合完成交接确认，不得删除或带走任何系统数据。

（17）不可抗力
因地震、台风、洪水、疫情等不能预见、不能避免且不能克服的不可抗力致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同，受影响方在不可抗力影响范围内免除责任。

（18）通知
双方的通知应以书面形式送达合同首部所列地址或双方指定的电子邮箱，以电子邮件发出的，发出之日视为送达。任何一方变更联系地址或联系人的，应在变更后3日内书面通知对方。甲方发布的服务考核结果以书面形式通知乙方，乙方对考核结果有异议的，应在收到后5个工作日内提出。

双方应遵守廉洁从业规定，任何一方不得向对方经办人员提供回扣、礼品、宴请或其他不正当利益。一方违反本条的，另一方有权要求其整改，情节严重的，可以书面通知解除本合同。

（19）合同解除
乙方严重违约或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。

（20）争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

（21）其他
磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。

甲方（盖章）：嘉陵市图书馆
法定代表人或授权代表：
日期：2026年  月  日

乙方（盖章）：重庆书联信息技术有限公司
法定代表人或授权代表：
日期：2026年  月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H472Z05 = """# 质衡QMS质量管理软件许可及定制开发合同

> 质衡软件标准合同文本 V4.0（乙方范本）

**合同编号：** ZH-QMS-2026-0412

**甲方（用户）：** 江门市百草堂凉茶饮料有限公司，地址：江门市蓬江区杜阮镇工业园北路8号

**乙方（供应商）：** 广州质衡软件科技有限公司，地址：广州市天河区高普路1021号

甲方为加强凉茶饮料生产的质量管理，决定采购乙方质衡QMS质量管理软件并委托乙方进行定制开发。双方根据《中华人民共和国民法典》等法律法规，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质衡QMS质量管理软件（以下简称“软件”）的永久使用许可，许可用户数50个，含来料检验、过程检验、成品放行、偏差与CAPA、文件管理模块。

1.2 乙方为甲方提供定制开发，包括：凉茶配方与药材批次管理、与甲方实验室检测仪器及LIMS的数据对接、产品追溯码与批记录关联、质量看板（以下合称“定制成果”）。

1.3 乙方负责软件安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

合同总价为人民币捌拾肆万元整（¥840,000），含税，明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | QMS软件永久许可（50用户） | 1套 | 360,000 |
| 2 | 批记录及检验扩展模块许可 | 1套 | 96,000 |
|  | 软件许可小计 |  | 456,000 |
| 3 | 定制开发 | 1项 | 328,000 |
| 4 | 安装部署及培训 | 1项 | 56,000 |
|  | 合同总价 |  | 840,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥546,000。

3.2 软件上线运行后10个工作日内，甲方支付合同总价的35%，即¥294,000。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

## 第四条 交付

4.1 乙方应在收到首期款项后75日内完成软件部署及定制开发，并通知甲方上线运行。

4.2 因需求变更、甲方数据准备不及时等原因导致进度延误的，交付期限相应顺延。乙方原因导致进度延误的，乙方应增加人员投入，尽快完成交付。

## 第五条 验收

5.1 软件上线运行即视为甲方验收合格。

5.2 甲方在上线后对软件功能提出的意见，乙方在后续版本中统筹考虑。

## 第六条 免费维护与技术支持

6.1 免费维护期为六个月，自软件上线运行之日起计算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 故障分级及响应：一级故障（软件无法登录或成品放行无法操作）8小时内响应；二级故障2个工作日内响应；三级故障在后续版本中处理。

6.3 乙方将尽力在上述时限内响应。响应或修复超出上述时限的，乙方不承担扣款、赔偿或违约金责任。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应向乙方购买年度维护服务。

7.2 年度维护费按乙方届时公布的维护服务价格标准执行，乙方有权根据市场情况逐年调整。

## 第八条 知识产权

8.1 软件及其相关文档的知识产权归乙方所有，甲方在许可范围内使用。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及源代码的知识产权归乙方所有。甲方获得非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

## 第九条 数据

9.1 甲方应自行负责其业务数据的录入与核对。

9.2 乙方应采取访问控制、数据加密和操作日志审计等措施保护甲方数据安全；因乙方原因造成甲方数据泄露或丢失的，乙方应在48小时内通知甲方，并承担相应的赔偿责任。

9.3 甲方同意，乙方可将甲方使用软件过程中产生的检验数据、偏差记录等质量数据经脱敏处理后，用于乙方产品改进、行业质量分析及算法模型训练，该等使用在本合同终止后仍可继续。

## 第十条 双方责任

10.1 甲方应指定项目负责人，及时提供检验标准、配方资料、批记录样本、仪器接口说明等实施所需资料，并组织质量部、生产部相关人员参加需求调研和培训。

10.2 甲方应为软件运行提供符合乙方要求的服务器、数据库及网络环境，并负责其日常管理和数据备份。因甲方环境原因导致软件无法正常运行的，乙方不承担责任。

10.3 乙方应按约定完成软件部署和定制开发，对甲方关键用户和系统管理员进行培训，并提供用户手册和管理员手册。

## 第十一条 培训

乙方为甲方提供两次集中培训，每次不超过两天，培训地点为甲方现场。甲方超出上述范围要求增加培训的，按乙方人员每人每天¥2,800另行计费。

## 第十二条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十三条 责任限制

13.1 任何情况下，乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%。

13.2 乙方不承担任何间接损失、利润损失或生产停工损失。

## 第十四条 不可抗力

因地震、台风、洪水、疫情等不能预见、不能避免且不能克服的不可抗力致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同，受影响方在不可抗力影响范围内免除责任。

## 第十五条 通知

双方的通知应以书面形式送达合同首部所列地址或双方指定的电子邮箱，以电子邮件发出的，发出之日视为送达。任何一方变更联系地址或联系人的，应在变更后3日内书面通知对方。与本合同履行有关的需求确认、上线通知、维护申请等，可通过乙方客户服务系统提交，系统记录视为书面形式。

双方应遵守廉洁从业规定，任何一方不得向对方经办人员提供回扣、礼品、宴请或其他不正当利益。一方违反本条的，另一方有权要求其整改，情节严重的，可以书面通知解除本合同。

## 第十六条 合同解除

一方严重违约，经对方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十七条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交广州仲裁委员会仲裁。

## 第十八条 其他

18.1 本合同未尽事宜，双方可另行签订补充协议。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：江门市百草堂凉茶饮料有限公司　　授权代表：　　日期：2026年  月  日

乙方（盖章）：广州质衡软件科技有限公司　　授权代表：　　日期：2026年  月  日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N) — Kazakhstan vendor
H472E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SL-CQXL-2026-05
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Steppe Logic LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office at 77 Dostyk Avenue, Almaty 050010, Kazakhstan (the "Licensor"); and
P:(2) Chongqing Xinlu Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its office at 18 Konggang Avenue, Yubei District, Chongqing (the "Customer").
P:Recitals. The Licensor develops the "SteppeWMS" warehouse management system. The Customer operates three cold-chain distribution warehouses in Chongqing and wishes to acquire perpetual licences of SteppeWMS and related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means SteppeWMS version 7 in object code, including its standard modules for receiving, put-away, picking, cold-room temperature logging and billing, and all corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, labelling logic, scripts and documentation created by the Licensor specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
P:1.4 "Customer Data" means all data entered into, processed by or generated through the Software in the Customer's operations, including inventory, order, shipper and consignee data.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer for the internal business of the Customer and its affiliates in the People's Republic of China, for one server instance and 120 named users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Licensor shall install and configure the Software, migrate open inventory and master data from the Customer's current system, build interfaces to the Customer's ERP, transport-management system and refrigeration monitoring system, develop the Custom Deliverables described in Annex 2, and train the Customer's key users and administrators.
P:3.2 The Licensor shall deliver the Services in accordance with the project plan in Annex 3, under which the Software is to be ready for Final Acceptance testing within 120 days after the Effective Date.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The total contract price is CNY 1,160,000, inclusive of applicable taxes, made up as follows:
P:(a) SteppeWMS server licence, 1 instance: CNY 420,000;
P:(b) SteppeWMS named-user licences, 120 users at CNY 2,600: CNY 312,000;
P:(c) licence subtotal: CNY 732,000;
P:(d) implementation, migration and interface services: CNY 386,000;
P:(e) training: CNY 42,000.
P:4.2 The price is fixed. Travel and living expenses of the Licensor's staff are included.
H:Article 5 Payment
P:5.1 The Customer shall pay:
P:(a) 10% of the contract price (CNY 116,000) within 20 days after signature, against an advance payment guarantee issued by a bank acceptable to the Customer;
P:(b) 55% of the contract price (CNY 638,000) within 20 days after Go-Live, meaning the first day on which all three warehouses process live orders in the Software. Go-Live is not acceptance;
P:(c) 35% of the contract price (CNY 406,000) within 20 days after Final Acceptance.
P:5.2 Each payment is due against a correct invoice. Payments are made by bank transfer in CNY.
H:Article 6 Acceptance
P:6.1 After Go-Live the Customer shall run the Software in production for 30 days. During that period the Licensor shall correct all defects reported.
P:6.2 The Final Acceptance tests are set out in Annex 4 and include: inventory of all three warehouses reconciled with the ERP without difference; order throughput of 2,000 order lines per hour with response times below 2 seconds; temperature records captured from every cold room at intervals of no more than five minutes; every interface exchanging data without error for ten consecutive working days; and no open Severity 1 or Severity 2 defect.
P:6.3 When all tests are passed the Customer shall sign a Final Acceptance certificate within 10 days. If a test fails, the Licensor shall correct the failure within 15 days and the test shall be repeated. Use of the Software in production, Go-Live and payment do not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Licensor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, supply updates and provide support free of charge.
P:7.2 Support requests are classified by severity. For Severity 1 (warehouse operations stopped or temperature logging failed), the Licensor shall respond within 1 hour, at any time, and provide a workaround within 6 hours. For Severity 2, the Licensor shall respond within 8 business hours.
P:7.3 If the Licensor misses a Severity 1 response time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or support invoice.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support, covering updates, new versions and the support levels of Article 7.2 and 7.3, for successive Support Years.
P:8.2 The annual support fee is 11% of the licence subtotal, that is CNY 80,520 per Support Year. This fee is fixed for the first three Support Years and any later increase is limited to 3% per Support Year.
P:8.3 Support is renewed only by a purchase order of the Customer. There is no automatic renewal.
H:Article 9 Intellectual Property
P:9.1 The Licensor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Licensor shall hand over their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy it out of the Customer's systems or use it for any other purpose.
P:10.2 The Licensor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and per-session approval, shall use anonymised test data supplied by the Customer, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:10.3 The Licensor shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall take all remedial measures, and shall be liable for all losses caused by any breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Software is not ready for Final Acceptance testing by the date in Article 3.2 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:12.2 The Licensor's total liability under this Agreement is limited to 150% of the contract price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 10.
H:Article 13 Subcontracting
P:13.1 The Licensor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 On termination before Final Acceptance, the Licensor shall refund payments for Services not performed and deliver all work in progress.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the International Arbitration Centre of the Astana International Financial Centre. The seat of arbitration is Astana, Kazakhstan, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Software and Licence Scope), Annex 2 (Custom Deliverables), Annex 3 (Project Plan) and Annex 4 (Final Acceptance Tests), is the entire agreement of the parties on its subject.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:Signed for Steppe Logic LLP: ____________________ Name: Arman Seitkali, Director. Date: __________
P:Signed for Chongqing Xinlu Cold Chain Logistics Co., Ltd.: ____________________ Name: Tang Weimin, General Manager. Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N) — Saudi vendor
H472E02 = """# ORDER FORM No. NC-CN-2026-0117

**Najd Cloud Solutions Company** ("Provider"), a company registered in the Kingdom of Saudi Arabia, King Fahd Road, Al Olaya, Riyadh 12214

**Hangzhou Lvyuan Tea Retail Co., Ltd.** ("Customer"), 55 Wensan Road, Xihu District, Hangzhou, People's Republic of China

This Order Form is placed under, and incorporates, the Najd Cloud General Terms set out below (the "General Terms"). Together they form the agreement between Provider and Customer (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A. Order Details

**A1. Service.** ShiftPilot, Provider's cloud workforce scheduling and attendance service for retail stores, with the modules Scheduling, Time and Attendance, Labour Budgeting and the mobile employee app (the "Service"), for Customer's 64 tea shops and its head office.

**A2. Subscription Term.** Two Subscription Years. The first Subscription Year starts on the Go-Live Date; the second starts on the first anniversary of the Go-Live Date. The Agreement ends at the end of the second Subscription Year and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**A3. Fees.** At Customer's request all fees are stated and invoiced in CNY, inclusive of applicable taxes:

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| ShiftPilot subscription, per user per Subscription Year | 180 users | 1,150 | 207,000 per Subscription Year |
| Subscription fees for two Subscription Years | | | 414,000 |
| Onboarding (configuration, data import, integration with Customer's POS and HR systems, training) | one-time | 38,000 | 38,000 |
| **Total contract value** | | | **452,000** |

Additional users may be added at CNY 1,150 per user per Subscription Year, pro rata; they are not part of the total above.

**A4. Invoicing and payment.** No fees are payable in advance. Subscription fees are invoiced quarterly in arrears (CNY 51,750 per quarter). The onboarding fee is invoiced on Go-Live Acceptance. Customer shall pay each correct invoice within 30 days of receipt.

**A5. Onboarding and Go-Live.** Provider shall complete onboarding and make the Service available for Go-Live Acceptance testing within 45 days after the date of this Order Form. If Provider misses that date for reasons within its control, it shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

**A6. Go-Live Acceptance.** Customer shall test the Service against the acceptance checklist in Attachment 1, which includes: shift schedules generated for all 64 shops; clock-in data from the mobile app and shop devices reconciled with Customer's payroll export for two pay periods; labour budget reports matching POS sales data; and single sign-on for head-office users. When the checklist is passed, Customer shall sign a Go-Live Acceptance certificate; the date of signature is the "Go-Live Date". Use of the Service during testing is not acceptance.

**A7. Hosting.** The Service for Customer is hosted in data centres located in mainland China.

Signed for Najd Cloud Solutions Company: ____________ Name: Faisal Al-Harbi, Regional Director. Date: ________

Signed for Hangzhou Lvyuan Tea Retail Co., Ltd.: ____________ Name: Chen Jiayi, Chief Operating Officer. Date: ________

## Part B. Najd Cloud General Terms

### Section 1. Definitions

1.1 "Customer Data" means all data, including personal information of Customer's employees, submitted to or generated in the Service by or for Customer.

1.2 "Customer Configurations" means the shift rules, labour budget models, report layouts and integration mappings created for Customer during onboarding or the Subscription Term.

1.3 "Subscription Year" means each period described in Section A2 of the Order Form.

### Section 2. The Service

2.1 Provider shall provide the Service to Customer during the Subscription Term in accordance with the documentation and the service levels in Section 3.

2.2 Customer may permit its employees and contractors to use the Service for Customer's business. Customer is responsible for the use of its user accounts.

### Section 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Incidents are classified by severity. For Severity 1 (the Service unavailable, or clock-in impossible for one or more shops), Provider shall respond within 30 minutes, at any time, and restore the Service within 3 hours. For Severity 2, Provider shall respond within 2 hours during business hours.

3.3 If availability in a month falls below the level in Section 3.1, Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point, or part of one, below that level, up to 50% of the monthly fee. If a Severity 1 response is late, Customer receives a credit of CNY 500 for each hour or part of an hour of delay. Credits are deducted from the next invoice.

### Section 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and in accordance with Customer's documented instructions, and shall not use it for any other purpose.

4.2 Provider shall keep Customer Data in mainland China, maintain ISO/IEC 27001 certification and a Multi-Level Protection Scheme level 3 filing for the Service, encrypt Customer Data in transit and at rest, restrict access to authorised personnel, and keep access logs for at least 180 days.

4.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, take all reasonable remedial measures, and be responsible for losses suffered by Customer as a result of an incident caused by Provider's breach of this Section.

4.4 At the end of the Subscription Term, Provider shall return Customer Data in a standard format within 15 days and then delete it.

### Section 5. Intellectual Property

5.1 Provider owns the Service and all related software.

5.2 Customer owns the Customer Configurations. Customer may use, modify and disclose them, including to another service provider, without restriction.

### Section 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, shall use it only for the Agreement, and shall not disclose it to third parties without the other party's written consent. This obligation continues for three years after the Agreement ends.

### Section 7. Subcontracting

7.1 Provider shall not subcontract any part of the Service, other than hosting by the data-centre operator named in Attachment 2, without Customer's prior written consent. Provider remains responsible for its subcontractors.

### Section 8. Term and Termination

8.1 The Agreement runs for the Subscription Term stated in the Order Form.

8.2 Neither party may terminate the Agreement before the end of the Subscription Term, for breach or otherwise. Customer's remedies for any failure of Provider are the service credits under Section 3.3, the delay payments under Section A5 of the Order Form, and damages under Section 9.

8.3 Either party may suspend performance only where the law so permits.

### Section 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for personal injury, fraud or wilful misconduct.

### Section 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of the Agreement shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules in force at the time. The award is final and binding on both parties.

### Section 11. General

11.1 Notices. Notices under this contract must be in writing in English or Chinese and sent by courier or by e-mail to the addresses and contacts given by each party; an e-mail notice is received when sent during business hours at the recipient's location. Each party shall inform the other party in writing of any change of address or contact within five working days. 

11.4 Force Majeure. Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect, and resumes performance as soon as possible. If such an event prevents performance for more than 60 days, either party may terminate the affected part of the contract by written notice. 

11.5 Anti-bribery. Neither party shall offer or give any bribe, kickback, gift or other improper benefit to any employee of the other party in connection with this contract. Each party shall comply with the anti-bribery laws that apply to it. 

11.2 Neither party may assign the Agreement without the other party's written consent.

11.3 The Agreement is written in English and Chinese; both versions have equal effect.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table) — Jordan vendor, buyer's paper
H472E03 = """
T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. HX-PUR-2026-044
P:Buyer: Qingdao Haixin Cold Storage Co., Ltd., 9 Qianwangang Road, Huangdao District, Qingdao, People's Republic of China (the "Buyer").
P:Supplier: Petra Sensing Technologies LLC, 14 Mecca Street, Amman 11183, Hashemite Kingdom of Jordan (the "Supplier").
P:Background. The Buyer operates a cold store with eleven freezer and chiller rooms and an ammonia refrigeration plant at its Huangdao site (the "Site"). Following its request for quotation, the Buyer has chosen the Supplier to supply, install and commission a wireless monitoring system for temperature, humidity and ammonia leaks. This Contract is on the Buyer's standard purchase terms.
H:1. Scope
P:1.1 The Supplier shall supply the equipment and software listed in Clause 2, install and calibrate all sensors and gateways at the Site, configure the monitoring software on the Buyer's server, connect alarms to the Buyer's duty telephone system and to the plant's emergency ventilation control, and train the Buyer's staff.
P:1.2 The system shall record temperature with an accuracy of ±0.3 °C and relative humidity with an accuracy of ±3% RH, detect ammonia concentrations from 25 ppm, and raise an alarm at the duty station within 30 seconds of a limit being exceeded.
H:2. Price
P:2.1 The contract price is CNY 675,000, inclusive of 13% VAT, delivery to the Site, insurance, customs clearance and all installation materials. Prices are fixed and are stated in CNY.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|240|860|206,400
TB:2|Ammonia leak detector, fixed, with relay output|36|4,900|176,400
TB:3|LoRaWAN gateway with backup battery|8|9,750|78,000
TB:4|Monitoring software, perpetual on-premises licence|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||588,800
TB:5|Installation, calibration and commissioning|1 lot|74,200|74,200
TB:6|Training of operators and maintenance staff|1 lot|12,000|12,000
TB:|Contract Price|||675,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the contract price (CNY 438,750) within 30 days after the Installation Certificate is signed. The Installation Certificate only records that all items are installed and connected; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the contract price (CNY 236,250) within 30 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made by bank transfer against the Supplier's correct invoice (fapiao) issued through its appointed Chinese agent.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Site within 50 days and complete installation within 80 days after signature of this Contract.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. If the delay exceeds 30 days, the Buyer may also terminate the Contract under Clause 13.
H:5. Acceptance
P:5.1 After installation the Supplier shall carry out the tests in Annex 2 in the presence of the Buyer, including: calibration of every temperature sensor against a certified reference thermometer at two points; gas tests of every ammonia detector with a certified test gas; alarm transmission tests from every room to the duty station and to the ventilation control; and a 14-day trial run with no lost readings above 0.5% of expected readings and no false ammonia alarm.
P:5.2 When all tests are passed, the Buyer shall sign the Final Acceptance Certificate within 7 days. Failed tests shall be repeated at the Supplier's cost after correction. Installation, use of the system or any payment is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and software for 36 months from the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace defective items free of charge, including parts, labour, calibration and shipping, and shall supply software corrections and updates.
P:6.2 Faults are classified as set out below. For a Severity 1 fault (loss of monitoring or ammonia alarms in any room), the Supplier's local service partner shall respond within 1 hour and attend the Site within 6 hours; for a Severity 2 fault (individual sensors failed), the Supplier shall respond within 8 hours and repair within 3 working days.
TB:Severity|Example|Response|On site / repair
TB:1|No monitoring or no ammonia alarm in any room|1 hour|6 hours
TB:2|Individual sensors or one gateway failed|8 hours|3 working days
TB:3|Questions, reports, minor faults|next working day|10 working days
P:6.3 For each hour by which a Severity 1 response or attendance is late, the Supplier shall pay the Buyer CNY 600, deducted from any amount due to the Supplier or claimed under the performance bond.
H:7. Support after Warranty
P:7.1 After the warranty, the Buyer may order support for successive years at an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 41,216 per year, covering repairs, recalibration, software updates and the service levels of Clause 6. This fee is fixed for three years after the warranty.
P:7.2 Support is ordered by separate purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The monitoring software remains the property of the Supplier and is licensed to the Buyer perpetually for use at the Site.
P:8.2 The site-specific configuration, alarm logic, room maps, reports and calibration records prepared under this Contract belong to the Buyer, which may use, modify and pass them to any third party.
H:9. Buyer Data and Security
P:9.1 All readings, alarm records, site layouts and other data collected or produced by the system ("Buyer Data") belong to the Buyer and are stored only on the Buyer's server at the Site. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The Supplier shall not access the Buyer's network remotely unless the Buyer approves each session in writing, and then only through the Buyer's VPN with individual accounts; no Buyer Data may be copied outside the Site. Replaced gateways and storage media remain at the Site or are wiped in the Buyer's presence.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, cooperate in the response, and be liable for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Site, the Buyer's stock, customers, network and security arrangements, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of this Contract for three years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, damage caused by ammonia release due to the Supplier's fault, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 Installation and on-site service will be performed by the Supplier's local service partner, Qingdao Lengan Refrigeration Engineering Co., Ltd., approved by the Buyer by signing this Contract. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for all subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay under Clause 4.2 exceeds 30 days.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Force Majeure and Notices
P:15.1 Force Majeure. Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect, and resumes performance as soon as possible. If such an event prevents performance for more than 60 days, either party may terminate the affected part of the contract by written notice. 
P:15.2 Notices. Notices under this contract must be in writing in English or Chinese and sent by courier or by e-mail to the addresses and contacts given by each party; an e-mail notice is received when sent during business hours at the recipient's location. Each party shall inform the other party in writing of any change of address or contact within five working days. 
H:16. Miscellaneous
P:16.1 The Annexes (Annex 1 Technical Specification, Annex 2 Acceptance Tests) form part of this Contract. This Contract is made in English and Chinese, and both texts are equally authentic.
P:For the Buyer: ____________________ Name: Sun Liqiang, Deputy General Manager. Date: ________
P:For the Supplier: ____________________ Name: Omar Haddad, Managing Director. Date: ________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, schedules as tables) — Kuwait vendor
H472E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** GH-TH-2026-09

**Between**

**Gulf Harbor IT Services W.L.L.**, a company registered in the State of Kuwait, Sharq, Jaber Al-Mubarak Street, Kuwait City ("Provider"); and

**Wuhan Tianhe Hotel Management Co., Ltd.**, 268 Zhongbei Road, Wuchang District, Wuhan, People's Republic of China ("Customer").

**Background.** Customer manages 14 mid-scale hotels in Hubei province. It wishes to outsource its IT service desk, network and server monitoring and on-site support to Provider, which runs a service centre in Wuhan through its local branch. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.3.

1.3 "Customer Data" means all data of Customer, its hotels and its guests that Provider accesses, receives or processes in performing the Services, including guest registration data, reservation records, system logs and network configurations.

## 2. Term

2.1 The Services run for 24 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## 3. Charges and Payment

3.1 At Customer's request all charges are stated and paid in CNY. The charges are set out in Schedule 2: a monthly service charge of CNY 46,000 and a one-time transition charge of CNY 58,000. The total contract value for the Term is CNY 1,162,000.

3.2 No charge is payable in advance. The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, after Customer has confirmed the monthly service report.

3.3 Customer shall pay each correct invoice within 30 days. Service credits under clause 5.3 are deducted from the next invoice.

## 4. Transition

4.1 Provider shall take over the Services from Customer's current arrangements in accordance with the transition plan in Schedule 4, including the inventory of all devices and accounts, documentation of every hotel network, installation of monitoring agents and the set-up of the service desk.

4.2 Provider shall complete transition within 60 days after signature of this Agreement. For each day by which transition acceptance is delayed for reasons within Provider's control, Provider shall pay Customer CNY 1,000, up to CNY 60,000.

4.3 Transition is accepted when all of the following are shown to Customer: every device in the inventory reports to the monitoring system; the service desk handles test tickets from every hotel within the service levels of Schedule 3; the runbooks for all hotels are delivered; and a two-week parallel run is completed without a missed Priority 1 incident. Customer then signs the Transition Acceptance Certificate. Start of the service desk or payment of an invoice is not acceptance.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3.

5.2 Provider shall report its performance against each service level monthly, with a list of all Priority 1 and Priority 2 incidents.

5.3 If Provider fails a service level, Customer receives the service credits set out in Schedule 3. Credits do not limit Customer's other rights.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and on Customer's instructions, and shall not use it for any other purpose.

6.2 Provider shall keep Customer Data in mainland China, access Customer's systems only through Customer's privileged-access gateway with multi-factor authentication, keep access logs, apply the security measures required by the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, and ensure that its personnel are trained in those measures.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 6 hours, take all remedial measures, cooperate with any notice to guests or authorities, and be liable for all losses caused to Customer by its breach of this clause 6.

6.4 At the end of the Term, Provider shall return all Customer Data and delete its copies within 10 days.

## 7. Intellectual Property

7.1 Provider keeps its tools, methods and software.

7.2 The runbooks, network documentation, scripts and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

## 8. Personnel and Subcontracting

8.1 Provider shall assign a named service manager and keep at least three engineers in Wuhan.

8.2 Provider may use subcontractors for any part of the Services, including on-site support at the hotels, by giving Customer written notice 10 days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

9.2 This limit does not apply to personal injury, wilful misconduct or breach of clause 6.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider fails the Priority 1 resolution level in three months of any six consecutive months.

10.2 On termination Provider shall give all reasonable help for the transfer of the Services to Customer or a successor for up to 60 days at the charges in Schedule 2.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 12. General

12.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties.

12.2 Notices. Notices under this contract must be in writing in English or Chinese and sent by courier or by e-mail to the addresses and contacts given by each party; an e-mail notice is received when sent during business hours at the recipient's location. Each party shall inform the other party in writing of any change of address or contact within five working days. 

12.3 Force Majeure. Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect, and resumes performance as soon as possible. If such an event prevents performance for more than 60 days, either party may terminate the affected part of the contract by written notice. 

12.4 Anti-bribery. Neither party shall offer or give any bribe, kickback, gift or other improper benefit to any employee of the other party in connection with this contract. Each party shall comply with the anti-bribery laws that apply to it. 

**For Provider:** ______________ Name: Yousef Al-Sabah, General Manager. Date: ________

**For Customer:** ______________ Name: Liu Hongbo, Chief Financial Officer. Date: ________

## Schedule 1. Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for hotel staff and head office, Chinese and English | 24 x 7 |
| Monitoring | Network, servers, Wi-Fi controllers and property-management system interfaces | 24 x 7 |
| On-site support | Engineer attendance at any hotel in Wuhan; other hotels within the same working day | 08:00 to 22:00 daily |
| Patch and backup | Monthly patching, daily backup checks, quarterly restore test | Scheduled |
| Reporting | Monthly service report and quarterly review meeting | Monthly |

## Schedule 2. Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Monthly service charge | 46,000 | per month, in arrears, 24 months (CNY 1,104,000) |
| Transition charge | 58,000 | one-time, after Service Commencement |
| Total contract value | 1,162,000 | |
| Additional on-site hours beyond 120 per month | 260 | per hour, not included in the total |

## Schedule 3. Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (a hotel's front desk or network down) response | 30 minutes | CNY 800 per hour or part late |
| Priority 1 resolution or workaround | 3 hours | CNY 1,500 per hour or part late |
| Priority 2 incident response | 2 hours | CNY 300 per hour or part late |
| Monitoring and service desk platform availability | 99.95% per month | 3% of the monthly charge per 0.1 percentage point below target |
| Monthly service report | by the 5th working day | CNY 500 per working day late |

Total service credits in a month are limited to 25% of that month's service charge.

## Schedule 4. Transition Plan

| Step | Content | Deadline after signature |
|---|---|---|
| Inventory | Devices, accounts, circuits and licences of all 14 hotels | 20 days |
| Monitoring | Agents installed, alarms routed to the service desk | 35 days |
| Runbooks | One runbook per hotel, approved by Customer | 45 days |
| Parallel run | Two weeks with Customer's current support | 60 days |
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings) — Uzbekistan vendor
H472E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: SRD-YW-2026-03

PARTIES

Silk Road Data Services LLC, a company registered in the Republic of Uzbekistan, 12 Amir Temur Avenue, Tashkent 100000, Uzbekistan ("Provider").

Yiwu Hengtong Cross-border Trade Co., Ltd., 88 Futian Road, Yiwu, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Provider compiles and maintains a database of customs tariffs, import formalities, freight rates and carrier schedules for the countries of Central Asia and the Caspian region, and makes it available through an application programming interface (the "Data API"). Customer exports small commodities from Yiwu to Central Asia and wishes to use the Data API in its quotation and order-management systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the tariff, formality, rate and schedule data made available through the Data API, and its updates.

1.2 "Customer Data" means the account information, user details, query parameters, shipment details and other data that Customer submits to the Data API.

1.3 "Subscription Year" means each consecutive period starting on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which Customer confirms onboarding acceptance under clause 5.2.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the Data API from Customer's systems and to use Provider Data in Customer's business, including in quotations and documents given to Customer's own customers.

2.2 The subscription includes up to 2,000,000 API calls per Subscription Year, data for nine countries, daily updates of freight rates and weekly updates of tariffs and formalities.

2.3 Customer shall not resell Provider Data as a data product, make the Data API available to third parties as a service, or use automated means to copy the whole database. Extracts of Provider Data in Customer's quotations, customs documents and internal reports are permitted without limit.

2.4 Customer may create up to 20 API keys for its systems and developers, and is responsible for keeping them secure and for calls made with them. Provider may suspend a key that is clearly misused after notifying Customer, and shall restore it as soon as the misuse stops.

2.5 Provider shall notify Customer at least 90 days before withdrawing any data field or API version used by Customer, and shall keep the previous API version available during that period.

3. FEES

3.1 At Customer's request all fees are stated and paid in CNY, inclusive of applicable taxes.

3.2 The subscription fee is CNY 168,000 per Subscription Year. The initial Subscription Term is two Subscription Years, so the subscription fees for the initial term are CNY 336,000.

3.3 The one-time onboarding fee, covering API keys, a test environment, integration support and training of Customer's developers, is CNY 24,000.

3.4 The total contract value for the initial term is CNY 360,000.

3.5 Calls above the included volume are charged at CNY 0.04 per call, invoiced quarterly; these charges depend on use and are not part of the total contract value.

4. INVOICING AND PAYMENT

4.1 No amount is payable before the Service Start Date.

4.2 The subscription fee is invoiced quarterly in arrears (CNY 42,000 per quarter). The onboarding fee is invoiced after the Service Start Date.

4.3 Customer shall pay correct invoices within 30 days of receipt by bank transfer in CNY.

5. ONBOARDING AND ACCEPTANCE

5.1 Provider shall provide production API keys, the test environment and the documentation within 20 days after signature of this Agreement. For each day of delay in providing them, Provider shall pay Customer CNY 300, up to CNY 9,000.

5.2 Customer shall test the Data API against the onboarding checklist in Annex A, which includes: tariff and formality data returned for each of the nine countries; a comparison of 200 sample tariff lines with the official published tariffs, with no more than two differences; freight rates updated on each of five consecutive working days; and average response times below 800 milliseconds over 10,000 test calls. When the checklist is passed, Customer shall confirm onboarding acceptance in writing. Calls made during testing are not acceptance.

6. SERVICE LEVELS

6.1 Provider shall make the Data API available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance.

6.2 For a Severity 1 incident (the Data API unavailable, or returning wrong data for a whole country), Provider shall respond within 1 hour at any time and restore correct service within 6 hours. For a Severity 2 incident, Provider shall respond within 8 hours.

6.3 If monthly availability falls below the level in clause 6.1, Customer receives a credit of 10% of that month's subscription fee for each 0.5 percentage point, or part of one, below that level. For each hour by which a Severity 1 response is late, Customer receives a credit of CNY 300. Credits are deducted from the next invoice.

7. RENEWAL

7.1 At the end of the initial Subscription Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

7.2 Provider may increase the subscription fee for any renewal term by up to 9% over the fee for the previous Subscription Year by giving notice 90 days before the end of the current term.

8. CUSTOMER DATA

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data API to Customer and to invoice it, and shall not sell, disclose or otherwise exploit it.

8.2 At the end of the Agreement, Provider shall return Customer Data in a standard format on request.

9. INTELLECTUAL PROPERTY

9.1 Provider owns Provider Data and the Data API.

9.2 Customer owns the integration adapters, mappings and reports that it builds, or that Provider builds for Customer during onboarding, and may use and modify them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including Customer's customers, shipment volumes and prices, and Provider's non-public methods, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Agreement ends.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the provision of the Data API or any support service without Customer's prior written consent, except for its cloud hosting provider named in Annex B.

12. LIABILITY

12.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

12.2 Provider is not liable for indirect loss or loss of profit, except in case of wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final.

15. GENERAL

15.1 This Agreement, with Annex A (Onboarding Checklist) and Annex B (Hosting Provider), is the entire agreement of the parties on its subject. Amendments must be in writing.

15.2 Notices. Notices under this contract must be in writing in English or Chinese and sent by courier or by e-mail to the addresses and contacts given by each party; an e-mail notice is received when sent during business hours at the recipient's location. Each party shall inform the other party in writing of any change of address or contact within five working days. 

15.3 Force Majeure. Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect, and resumes performance as soon as possible. If such an event prevents performance for more than 60 days, either party may terminate the affected part of the contract by written notice. 

15.4 Anti-bribery. Neither party shall offer or give any bribe, kickback, gift or other improper benefit to any employee of the other party in connection with this contract. Each party shall comply with the anti-bribery laws that apply to it. 

15.5 Neither party may assign this Agreement without the prior written consent of the other party, except that Customer may assign it to an affiliate that takes over its export business, by written notice.

15.6 Provider shall keep Provider Data accurate and complete to the standard described in Annex A, shall correct any error reported by Customer within two working days, and shall publish a change log of tariff and formality updates for each country.

15.7 This Agreement is signed in two originals in English, one for each party.

SIGNATURES

For Silk Road Data Services LLC: ____________________
Name: Dilshod Karimov, Director
Date: ________

For Yiwu Hengtong Cross-border Trade Co., Ltd.: ____________________
Name: Zhou Jianping, General Manager
Date: ________
"""

# ================================================================ files
FILES = {  # key: (file name, format, language, category, source)
    "h472z01": ("h472z01_grain_depot_monitoring_platform.pdf", "pdf", "zh", "software", H472Z01),
    "h472z02": ("h472z02_edge_bander_control_retrofit.docx", "docx", "zh", "hardware", H472Z02),
    "h472z03": ("h472z03_car_care_chain_workorder_saas.txt", "txt", "zh", "cloud", H472Z03),
    "h472z04": ("h472z04_library_reader_system_annual_om.txt", "txt", "zh", "services", H472Z04),
    "h472z05": ("h472z05_herbal_tea_qms_supplier_template.md", "md", "zh", "software", H472Z05),
    "h472e01": ("h472e01_wms_perpetual_licence_kz_vendor.pdf", "pdf", "en", "software", H472E01),
    "h472e02": ("h472e02_workforce_saas_order_form_sa_vendor.md", "md", "en", "cloud", H472E02),
    "h472e03": ("h472e03_cold_store_sensors_jo_vendor.docx", "docx", "en", "hardware", H472E03),
    "h472e04": ("h472e04_hotel_managed_it_kw_vendor.md", "md", "en", "services", H472E04),
    "h472e05": ("h472e05_trade_data_api_uz_vendor.txt", "txt", "en", "cloud", H472E05),
}

T = dict  # label terms, in the corpus key order
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# value: contract value; fee_base: itemised licence/hardware subtotal (goods only); forum_outside: dispute forum outside
# mainland China; design: the rules I designed the draft to trigger
DESIGN = {
    "h472z01": dict(value=1180000 + 860000 + 214000 + 36000, fee_base=1180000, capped=True, sla=True, ld=True,
                    deemed=False, forum_outside=False,
                    terms=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                               contract_kind="goods_or_licence"),
                    design=["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
    "h472z02": dict(value=519000 + 58000 + 9000, fee_base=519000, capped=True, sla=True, ld=True, deemed=False,
                    forum_outside=False,
                    terms=dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
                               subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h472z03": dict(value=2 * 122400 + 46000, sla=False, ld=True, deemed=False, forum_outside=False,
                    terms=dict(sla_remedy=False, ld_rate_per_day_pct=0.1, auto_renewal_price_increase=True),
                    design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h472z04": dict(value=168000 + 52000 + 38000 + 12000, sla=True, ld=True, deemed=False, forum_outside=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=300 / 270000 * 100),
                    design=[]),
    "h472z05": dict(value=360000 + 96000 + 328000 + 56000, fee_base=456000, capped=False, sla=True, ld=False,
                    deemed=True, forum_outside=False,
                    terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                               final_payment_on_acceptance=False, warranty_months=6, contract_kind="goods_or_licence",
                               subcontract_without_consent=None),  # relabelled by the requester after the first run: silent, as these notes say
                    design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                            "CR-WARRANTY"]),
    "h472e01": dict(value=420000 + 312000 + 386000 + 42000, fee_base=732000, capped=True, sla=True, ld=True,
                    deemed=False, forum_outside=True,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                               governing_law="Kazakhstan", contract_kind="goods_or_licence"),
                    design=["CR-GOVERNING-LAW"]),
    "h472e02": dict(value=2 * 207000 + 38000, sla=True, ld=True, deemed=False, forum_outside=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=400 / 452000 * 100,
                               liability_cap_pct=6 / 24 * 100, termination_for_breach=False),
                    design=["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h472e03": dict(value=206400 + 176400 + 78000 + 128000 + 74200 + 12000, fee_base=588800, capped=True, sla=True,
                    ld=True, deemed=False, forum_outside=False,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                               contract_kind="goods_or_licence"),
                    design=[]),
    "h472e04": dict(value=24 * 46000 + 58000, sla=True, ld=True, deemed=False, forum_outside=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
                               ld_rate_per_day_pct=1000 / 1162000 * 100, liability_cap_pct=150,
                               subcontract_without_consent=True),
                    design=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h472e05": dict(value=2 * 168000 + 24000, sla=True, ld=True, deemed=False, forum_outside=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                               ld_rate_per_day_pct=300 / 360000 * 100, liability_cap_pct=150,
                               auto_renewal_price_increase=True),
                    design=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
}
EXPECTED_VALUES = {"h472z01": 2290000, "h472z02": 586000, "h472z03": 290800, "h472z04": 270000, "h472z05": 840000,
                   "h472e01": 1160000, "h472e02": 452000, "h472e03": 675000, "h472e04": 1162000, "h472e05": 360000}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, d):
    """Policy section 4: horizon 5 years from acceptance; post-warranty fee years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d.get("capped"):
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["value"] + fees) * 100


def derive_rules(t, x, d):
    """My own reading of policy.md section 3 on the label values."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    share = tco_share(t, d)
    if share is not None and share > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, fmt, lang, cat, _ = FILES[key]
    d = DESIGN[key]
    t = dict(BASE)
    t.update(d["terms"])
    assert set(t) == set(KEYS)
    t = {k: t[k] for k in KEYS}
    x = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = d["capped"]
    x["acceptance_deemed_on_delivery"] = d["deemed"]
    x["contract_value"] = d["value"]
    rules = derive_rules(t, x, d)
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ================================================================ threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
NB = r"(?<![0-9.])"
CN = "〇零一二三四五六七八九十百千"
BANNED = [
    NB + r"99\.90*(?![0-9])", NB + r"0\.050*(?![0-9])", r"万分之五(?![十0-9])", r"0\.5\s*‰", r"千分之零点五",
    NB + r"4\s*(?:小时|个小时|h\b|hours?|-hour|business\s*hours|working\s*hours)", r"(?<![十" + CN + r"])四(?:个)?小时",
    r"\bfour[\s-]*(?:business\s*|working\s*)?hours?\b", NB + r"240\s*(?:分钟|min)",
    NB + r"100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百", r"\bone\s*hundred\s*per\s*cent",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty\s*per\s*cent",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen\s*per\s*cent",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty\s*per\s*cent",
    NB + r"12\s*(?:个月|個月|months?|-month)", r"(?<![" + CN + r"])十二个月", r"\btwelve[\s-]*months?", r"(?<![第" + CN + r"])一年",
    r"\bone[\s-]*year", NB + r"1\s*(?:year|年)\b" if False else NB + r"1\s*(?:years?\b|年)",
    NB + r"5\s*(?:年|years?\b|-year)", r"(?<![" + CN + r"])五年", r"\bfive[\s-]*years?", NB + r"60\s*(?:months?|个月|-month)",
    r"\bsixty\s*months",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240 分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months",
            "百分之四十", "百分之十五", "one-year", "five-year"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时", "24 hours", "130%",
             "2015年", "百分之三十五", "第十五条", "0.5%", "99.5%", "1000%", "400", "第一个服务年度", "25 ppm", "35%", "6.5%",
             "十八个月", "three years", "two Subscription Years"]


def self_test():
    for s in MUST_HIT:
        assert any(r.search(s) for r in BANNED_RE), ("must hit", s)
    for s in MUST_MISS:
        hits = [r.pattern for r in BANNED_RE if r.search(s)]
        assert not hits, ("must miss", s, hits)


def scan(name, text):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for r in BANNED_RE:
            for m in r.finditer(variant):
                bad.append((m.group(0), variant[max(0, m.start() - 15):m.end() + 15]))
    return bad


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    src_md = {}
    for key, (name, fmt, lang, cat, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
        else:
            src_md[key] = src
    write(src_md, {k: (FILES[k][0], FILES[k][1]) for k in src_md}, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, fmt, lang, cat, src) in FILES.items():
        d = DESIGN[key]
        assert d["value"] == EXPECTED_VALUES[key], key
        lab = label(key)
        covered.update(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n, n2 = measure(lang, text)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        t = lab["expected_terms"]
        share = tco_share(t, d)
        print(f"{name}: {lang} len={n}{'' if n2 is None else ' nonws=' + str(n2)} {'OK' if ok else 'OUT OF RANGE'} "
              f"rules={lab['expected_rules']} risk={risk(lab['expected_rules'])} tco_share={share}")
        if not ok:
            problems.append((name, "length", n, n2))
        for variant_name, variant in (("source", src), ("built", text)):
            bad = scan(name, variant)
            if bad:
                problems.append((name, variant_name, bad[:5]))
        # no label on a threshold; no TCO share within 2 points of 40
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((name, "threshold label", k))
        if share is not None and abs(share - 40) <= 2:
            problems.append((name, "tco share near 40", share))
    missing = set(ALL_RULES) - covered
    print("rules covered:", len(covered), "missing:", sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not missing
    assert not problems
    print("all checks passed")
