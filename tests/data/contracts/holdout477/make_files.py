"""holdout477: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths,
threshold-free wording and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条)
Z01 = """T:集装箱码头智能调度平台采购合同
P:合同编号：BHGJ-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨海港口集团有限公司　　地址：滨海市港城区港航路1号
P:乙方（供应商）：江苏智港信息技术有限公司　　地址：南京市建邺区江东中路208号
P:鉴于甲方就二期集装箱码头调度平台项目（项目编号BHZC-2026-0311）依法组织公开招标，乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供集装箱码头智能调度平台（以下简称“平台”）的永久使用许可，并在平台基础上为甲方定制开发泊位计划、堆场智能配载、岸桥与集卡协同调度、闸口预约对接及调度驾驶舱等功能模块。
P:1.2 乙方负责平台在甲方机房的部署，与甲方码头操作系统（TOS）、海关监管系统及港口EDI平台的接口对接，历史数据迁移，试运行支持和人员培训。
P:1.3 详细功能和性能要求以招标文件第三章《采购需求》及乙方投标文件的技术响应为准，两者不一致时以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾肆万元整（¥2,440,000.00），含税，为固定总价，包括许可、开发、部署、接口、培训、差旅及质保期内的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|调度平台软件永久许可（含三个生产节点、一个灾备节点）|1,260,000
TB:2|定制开发（泊位计划、堆场配载、协同调度、闸口对接、驾驶舱）|980,000
TB:3|部署实施及接口联调|164,000
TB:4|培训（调度员、系统管理员）|36,000
TB:合计||2,440,000
P:2.2 除本合同另有约定外，甲方不再承担任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥488,000。
P:3.2 平台完成部署、接口联调并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,098,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥854,000。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方按国库集中支付的规定办理支付手续。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署和全部定制功能开发，150日内完成试运行并具备最终验收条件。
P:4.2 乙方应每两周提交项目进度报告，重大风险应在发现后及时书面告知甲方。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有港口信息化项目经验，并常驻甲方现场直至最终验收；更换项目经理须经甲方书面同意。
P:4.4 乙方应在最终验收前完成调度员、计划员和系统管理员培训，每类人员培训不少于两次，并提交培训教材和考核记录。
P:4.5 甲方负责提供机房、网络、服务器和必要的业务资料，并指定项目联系人协调各部门配合工作。
H:第五条 验收
P:5.1 初步验收条件：全部功能模块上线；与TOS、海关监管系统、EDI平台的接口连续10日数据一致；泊位计划和堆场配载方案生成时间不超过60秒；200个并发用户下页面响应不超过3秒。
P:5.2 最终验收条件：平台连续试运行90日，期间无一级故障；调度指令下发成功率不低于99.5%；第三方软件测评机构出具合格报告；乙方移交全部文档、源代码及部署脚本。
P:5.3 验收由甲方组织，乙方配合，双方签署验收报告。平台上线运行、甲方使用或支付部分款项均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收，费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方按每个服务年度¥100,800（即软件许可费的8%）提供维护服务，该价格在质保期满后的三个服务年度内固定不变，维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台在生产时段（每日全天）的月度可用率应不低于99.8%。可用率按当月实际可用分钟数除以当月总分钟数计算，计划内维护经甲方批准的除外。
P:7.2 一级故障（调度中断或闸口停摆）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 月度可用率每低于约定值0.1个百分点，扣减当期维护服务费或质保金¥2,000；一级故障响应每超时1小时，乙方支付违约金¥1,000。
H:第八条 知识产权
P:8.1 平台的既有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码、配置和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台处理的船期、箱货、客户和作业数据均归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求配合落实安全措施，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。数据不得存储或传输至境外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此被监管部门处罚的损失。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的平台经两次整改仍不能通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:12.2 合同解除后，乙方应在10日内向甲方移交已完成的开发成果、源代码和全部项目文档，并配合甲方完成系统交接。
P:12.3 甲方因自身原因需要变更项目范围的，双方应书面协商调整工期和价款。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，可部分或全部免除责任。
H:第十四条 适用法律和争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨海港口集团有限公司　　法定代表人或授权代表：________　　日期：2026年4月8日
P:乙方（盖章）：江苏智港信息技术有限公司　　法定代表人或授权代表：________　　日期：2026年4月8日
"""

# ---------------------------------------------------------------- z02 (docx, 1. / 1.1, Word price table)
Z02 = """T:包装线控制系统改造及维保合同
P:合同编号：LJJY-SB-2026-042
P:甲方：四川蜀窖酒业股份有限公司　　地址：宜宾市翠屏区酒都大道66号
P:乙方：成都锐控自动化工程有限公司　　地址：成都市高新区天府三街199号
P:鉴于甲方拟对其三号、四号白酒包装线（洗瓶、灌装、压盖、贴标、装箱、码垛）的控制系统进行改造，乙方具备相应的设计、供货、集成和维保能力，双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责两条包装线控制系统的方案设计、设备供货、软件开发、安装调试、人员培训，以及质保期满后的维保服务。
P:1.2 改造后两条包装线的设计产能均为每小时12000瓶（500毫升规格），换型时间不超过25分钟，并能向甲方MES系统上传批次、产量、剔除和停机数据。
P:1.3 改造须利用甲方每年的停产检修窗口分两期实施，每期停线不超过20日，以免影响甲方正常生产。
H:2. 合同价款
P:2.1 本合同总价为人民币贰佰零玖万元整（¥2,090,000.00），含13%增值税、运输、保险、安装调试和质保期内的服务。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块、安全继电器）|2套|620,000
TB:2|伺服驱动器及伺服电机|2套|410,000
TB:3|视觉检测系统（液位、瓶盖、标签）|2套|286,000
TB:4|HMI触摸屏|6台|84,000
TB:5|工业以太网交换机|8台|62,000
TB:6|上位机监控及MES接口软件许可（永久）|1套|338,000
TB:软硬件小计|||1,800,000
TB:7|安装调试（含旧系统拆除）|1项|172,000
TB:8|程序定制（配方管理、批次追溯）|1项|98,000
TB:9|培训|1项|20,000
TB:合计|||2,090,000
P:2.2 软硬件小计¥1,800,000为本合同质保期满后维保费的计算基数。
H:3. 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥209,000。
P:3.2 设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥731,500。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 两条包装线均通过最终验收后，甲方支付合同总价的50%，即¥1,045,000。
P:3.4 剩余5%（¥104,500）作为质量保证金，质保期满且无未决质量问题后无息支付。
P:3.5 乙方收款前应向甲方开具合法有效的增值税专用发票，发票不合格的，甲方有权顺延付款且不承担逾期责任。
H:4. 交付与实施
P:4.1 乙方应在合同生效后60日内将全部设备运至甲方指定地点。
P:4.2 第一期（三号线）在甲方书面确认的停产窗口内完成改造和调试；第二期（四号线）在第一期验收后的下一个停产窗口内完成。
P:4.3 乙方现场作业须遵守甲方的安全生产和防火防爆制度。
P:4.4 乙方应派驻具有白酒或饮料包装线项目经验的项目经理和电气、视觉工程师各一名，改造期间常驻甲方现场，人员名单经甲方确认。
P:4.5 乙方应在每期改造前提交施工方案、停线计划、旧系统备份和回退方案，经甲方生产、设备和安全部门会签后方可实施。改造期间每日召开现场协调会，记录问题和整改措施。
P:4.6 甲方负责提供现场电源、压缩空气、临时仓储场地和原有设备图纸，并安排操作人员配合调试。
H:5. 验收
P:5.1 每条包装线改造完成后，连续72小时带料试生产，达到以下条件视为该线验收合格：产能达到1.2条约定的设计产能；灌装液位不合格瓶数不高于千分之二；视觉检测漏检率不高于万分之二；批次数据准确上传MES；安全门、急停、光幕等安全回路测试全部合格。
P:5.2 两条包装线均验收合格后，双方签署最终验收报告。设备通电运行、试生产或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新验收，整改费用由乙方承担。
H:6. 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备和部件，免费修复软件缺陷。
P:6.2 质保期满后，乙方提供维保服务（含定期巡检、备件更换、程序维护和7×24小时电话支持），年度维保费按软硬件小计的28%计取，即每个服务年度¥504,000，按季度支付。该费用在本合同有效期内固定，不作调整。
P:6.3 故障分级及响应：一级故障（整线停机）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复生产；二级故障（单台设备故障但可降速生产）2小时内响应、次日内修复。
P:6.4 一级故障响应或到场每超时1小时，乙方向甲方支付¥1,500；因乙方原因造成停线超过约定恢复时间的，每超出1小时支付¥3,000。
P:6.5 乙方应在甲方厂区或宜宾市区储备常用备件（伺服驱动器、I/O模块、视觉相机、触摸屏各不少于一套），备件清单每季度报甲方备案。
P:6.6 乙方每季度对两条包装线进行一次预防性巡检，提交巡检报告，发现隐患及时处理。
H:7. 知识产权
P:7.1 为甲方编写的PLC程序、HMI画面、配方管理和批次追溯程序及其源代码、技术文档，知识产权归甲方所有，甲方可自行修改或交第三方维护。
P:7.2 乙方提供的标准软件产品知识产权仍归原权利人，甲方享有永久使用权。
H:8. 数据安全
P:8.1 包装线采集的生产、批次和质量数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方提供的VPN和堡垒机进行，不得私自加装远程模块。
P:8.3 因乙方原因发生数据泄露、篡改或控制系统被入侵的，乙方应在2小时内报告甲方并配合处置，承担由此造成的全部损失。
H:9. 保密
P:9.1 乙方对在履约中获知的甲方工艺参数、配方、产量和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:11. 分包
P:11.1 乙方不得转包。电气安装等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复包装线的正常生产，移交已完成的程序和技术资料，并退还甲方已付的对应款项。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交宜宾仲裁委员会仲裁。
P:13.2 仲裁期间，除争议部分外，双方应继续履行合同其他条款。
H:14. 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应及时通知对方，并在10日内提供证明，可部分或全部免除责任。
H:15. 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：四川蜀窖酒业股份有限公司　　授权代表：________　　日期：2026年3月16日
P:乙方（盖章）：成都锐控自动化工程有限公司　　授权代表：________　　日期：2026年3月16日
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）)
Z03 = """门店订单及验光管理SaaS服务合同

合同编号：MJSY-IT-2026-009

甲方：浙江明鉴视光眼镜连锁有限公司
地址：杭州市拱墅区莫干山路318号
乙方：杭州云瞳软件科技有限公司
地址：杭州市余杭区文一西路969号

甲方在浙江省内经营30家眼镜门店及线上商城。为统一管理门店订单、验光档案、配镜加工和会员服务，甲方拟订阅乙方的“云瞳视光”SaaS服务，并委托乙方完成实施。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“云瞳视光”SaaS服务，包括门店收银与订单、验光档案、镜片镜架库存、加工单流转、会员积分、线上商城订单同步和总部报表等模块，供甲方30家门店及总部使用。
（二）乙方负责实施工作：系统配置、门店账号开通、与甲方天猫和微信商城的订单接口、与加工中心的加工单接口、历史会员和验光数据迁移、门店人员培训。
（三）服务期为三个服务年度，自上线验收合格之日起计算。

二、费用
（一）本合同总价为人民币柒拾肆万元整（¥740,000），含税。明细如下：
  1. 门店订阅费：30家 × ¥5,800/家/服务年度 × 3个服务年度 = ¥522,000；
  2. 总部及商城模块订阅费：¥36,000/服务年度 × 3个服务年度 = ¥108,000；
  3. 实施费（配置、接口、培训）：¥88,000；
  4. 数据迁移费：¥22,000。
（二）服务期内新增门店的，按每家¥5,800/服务年度的标准按月折算增加费用，另行签订补充协议。

三、付款方式
（一）实施费和数据迁移费共¥110,000，在上线验收合格后15个工作日内支付。
（二）订阅费按季度结算，每季度结束后15个工作日内，甲方按当季服务水平考核结果支付当季订阅费¥52,500（扣减服务抵扣额后）。
（三）乙方应在每次付款前开具增值税专用发票。甲方不向乙方支付任何预付款。

四、实施与验收
（一）乙方应在合同签订后45日内完成实施并具备上线条件。
（二）上线验收标准：30家门店全部开通并完成收银、订单和验光档案业务测试；天猫和微信商城订单同步延迟不超过5分钟，连续7日无丢单；历史会员和验光数据迁移后随机抽查200条记录无差错；门店人员培训考核合格；乙方提交操作手册和接口文档。
（三）甲方应在乙方提交验收申请后10个工作日内组织验收并签署验收报告。系统试用或开通账号不视为验收合格。
（四）乙方未按期具备上线条件的，每逾期一日向甲方支付违约金¥500。

（五）乙方应指定一名实施经理负责本项目，实施期间每周向甲方提交进度周报，列明已完成工作、下周计划、问题清单和需甲方配合事项。
（六）甲方应指定项目联系人，按乙方实施计划提供门店清单、商品编码、价格体系、会员规则和历史数据，并安排各门店店长和验光师参加培训。

五、服务水平
（一）系统月可用率不低于99.95%，计划维护应安排在每日0:00至6:00之间并提前24小时通知甲方。
（二）一级故障（收银或开单功能不可用，影响5家以上门店）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，1个工作日内解决。
（三）月可用率每低于约定值0.1个百分点，抵扣当季订阅费的2%；一级故障恢复每超时1小时，抵扣当季订阅费的1%。单季抵扣总额以当季订阅费的20%为限。

（四）乙方提供7×24小时服务热线和在线工单，门店人员可随时报修；乙方每月5日前向甲方提交上月服务报告，包括可用率、故障清单、工单处理情况和改进措施。
（五）乙方对系统的版本升级应至少提前5个工作日通知甲方，重大功能变更须经甲方确认，不得影响门店营业时间内的正常使用。

六、数据归属
（一）甲方上传或在服务中产生的顾客资料、验光数据、订单和会员数据归甲方所有。乙方仅为向甲方提供本合同约定的服务而使用该等数据，不得用于其他目的。
（二）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，随后删除其系统中的甲方数据并书面确认。

七、保密
（一）双方对在合作中知悉的对方商业秘密，包括经营数据、价格政策、供应商信息和技术资料，负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在本合同终止后三年内继续有效。

（三）乙方为甲方配置的加工单流转规则、镜片价格体系和会员积分规则，服务期满后应以可读格式随数据一并交付甲方。
（四）甲方可在服务期内自行调整报表和打印模板，乙方应提供必要的操作说明，不另收费用，也不影响甲方对调整成果的权利。

八、知识产权
（一）“云瞳视光”平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、打印模板、接口程序及配置方案，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

九、续期
（一）服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方书面通知甲方即可，无需甲方同意。

（三）续期期间，本合同其他条款继续有效。任何一方决定不续期的，乙方应按本合同“六、数据归属”第（二）项协助甲方完成数据导出和系统切换。

十、分包
乙方不得将本合同项下的服务分包给第三方；确需委托第三方完成部分实施工作的，应事先取得甲方书面同意。

十一、培训与支持
乙方应在上线前为每家门店的店长、验光师和收银员提供现场或线上培训，上线后首月安排专人在线值守，并每季度组织一次新功能培训。

服务期内甲方门店搬迁、停业或新开的，应提前15日通知乙方调整账号，乙方应在3个工作日内完成开通或关闭。

十二、违约与解除
（一）任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的损失。
（二）乙方严重违约，或一级故障单月发生三次以上，甲方有权书面通知解除本合同，乙方应退还已收取的未履行期间的费用。

（三）甲方逾期支付订阅费的，每逾期一日按逾期金额的万分之三支付利息，但因服务抵扣金额核对产生的合理延迟除外。
（四）因台风、地震、疫情等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，可部分或全部免除责任，但应尽力减少损失。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交杭州仲裁委员会仲裁。

甲方和乙方在争议解决期间，应继续履行本合同中不涉及争议的其他义务，乙方不得以存在争议为由中断门店服务。

十四、其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（二）双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目联系人的电子邮箱。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：服务功能清单、实施计划、门店清单。

甲方（盖章）：浙江明鉴视光眼镜连锁有限公司
授权代表：__________　日期：2026年5月6日

乙方（盖章）：杭州云瞳软件科技有限公司
授权代表：__________　日期：2026年5月6日
"""

# ---------------------------------------------------------------- z04 (txt, 第X章 / （1）)
Z04 = """考务管理系统运维服务合同

项目名称：考务管理系统年度运维服务
采购方式：竞争性磋商
合同编号：SJKY-CS-2026-05

甲方（采购人）：湖南省教育考试院
地址：长沙市岳麓区桐梓坡路2号
乙方（成交供应商）：湖南信科运维服务有限公司
地址：长沙市高新区麓谷大道88号

依据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一章 服务内容
（1）乙方为甲方考务管理系统（含报名、编排、考场管理、证件制作、成绩处理和信息发布子系统）及其运行所需的服务器、数据库、中间件和网络安全设备提供运维服务。
（2）服务期自2026年3月1日起至2027年2月28日止。期满后是否继续采购，由甲方依法另行组织，本合同不自动续期。
（3）服务内容包括：日常监控与巡检、故障处理、数据库维护与备份、安全加固与漏洞修复、重大考试期间的驻场保障、系统小版本优化、年度运维总结。

（4）乙方应在服务期内配合甲方完成网络安全等级保护测评、教育系统网络安全检查和各类考试的安全保障检查，按要求提供资料并整改发现的问题。
（5）甲方负责提供运维所需的办公场地、网络接入和堡垒机账号，并指定信息技术处作为本合同的管理部门。

第二章 服务费用
（1）本合同总价为人民币伍拾壹万元整（¥510,000），含税，包括人员、工具、差旅及完成服务所需的全部费用。明细如下：
  ① 驻场运维服务（2人）：¥312,000；
  ② 重大考试保障（高考、学考、研考等共8场）：¥96,000；
  ③ 安全巡检及等级保护测评配合：¥58,000；
  ④ 系统小版本优化（不超过60人日）：¥44,000。
（2）服务费按季度支付：每季度结束后，甲方根据季度考核结果，在15个工作日内支付当季服务费¥127,500，扣减按第四章计算的扣款。本合同不设预付款。

（3）乙方应在投标承诺的范围内配置运维工具，包括监控平台、工单系统和备份软件，所需软件许可由乙方自行承担，服务期满后监控配置和历史工单数据应完整移交甲方。

第三章 进场与交接
（1）乙方应在合同签订后5个工作日内派驻运维人员进场，完成与原运维单位的交接，并提交运维方案和应急预案。
（2）乙方未按期进场或未按期提交运维方案的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（3）驻场人员应具备相应资质，名单经甲方确认后不得擅自更换；确需更换的，应提前10日书面申请并经甲方同意。

第四章 服务水平
（1）考试期间（每场考试开考前7日至成绩发布后3日），系统可用率不低于99.99%；非考试期间，月可用率不低于99.95%。
（2）一级故障（报名、编排、成绩处理任一核心功能中断，或考试期间任何影响考生的故障）：考试期间15分钟内响应，1小时内恢复；非考试期间30分钟内响应，2小时内恢复。二级故障2小时内响应，1个工作日内解决。
（3）扣款：可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000；一级故障响应或恢复每超时半小时，扣减¥2,000；考试期间因乙方原因导致考试延误的，每次扣减¥20,000，并承担相应赔偿责任。
（4）乙方每月提交运维报告，内容包括可用率、故障清单、巡检记录和安全事件。

（5）重大考试前30日，乙方应完成一次全面巡检和应急演练，包括数据库主备切换、网络链路切换和数据恢复测试，并向甲方提交演练报告；考试期间乙方应另派不少于2名技术人员驻场值守。
（6）乙方应每日对核心数据库进行全量备份，每小时进行增量备份，备份数据保存在甲方指定的存储设备上，每月进行一次恢复验证。

（7）乙方发现系统存在安全漏洞或性能隐患的，应及时书面报告甲方并提出处理建议，经甲方同意后在非考试期间实施；紧急漏洞的修复方案应在24小时内提交。
（8）乙方对系统进行的任何配置变更，均应事先填写变更申请单，说明变更内容、影响范围和回退措施，经甲方审批后实施，并在运维台账中记录。

第五章 考核与验收
（1）甲方按季度对乙方进行考核，考核项目包括服务水平达成、巡检和备份执行、文档提交及驻场人员到岗情况，考核结果作为付款依据。
（2）服务期满后，甲方组织年度验收。验收标准：全年无因乙方原因造成的重大考试事故；服务水平全部达到第四章约定；运维文档、配置台账、账号口令及脚本完整移交；新旧运维单位交接完成。验收报告经双方签字确认。

（3）季度考核得分低于80分的，甲方有权约谈乙方项目负责人，乙方应在10日内提交整改报告；连续两个季度考核得分低于70分的，甲方有权解除本合同。

第六章 数据安全
（1）考生报名信息、照片、成绩及考务数据归甲方所有，乙方不得以任何形式复制、留存、使用或向第三方提供。
（2）乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级的要求，运维操作一律在甲方机房内通过堡垒机进行，不得远程接入，不得使用个人存储介质。
（3）发生或可能发生数据泄露的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部法律责任和赔偿责任。

（4）乙方应建立运维人员的背景审查和安全培训制度，驻场人员名单报甲方备案；人员离场时应当面注销全部账号并签署交接确认。

（5）服务期满前60日，乙方应编制运维交接方案，配合甲方完成与后续服务单位的交接，交接期间不得中断服务。

第七章 保密
（1）乙方及其人员对试题、试卷、考务安排及在服务中接触的一切考试工作秘密负有保密义务，驻场人员须签署保密承诺书。
（2）保密义务不因本合同终止而解除。涉及国家秘密的，按国家有关规定执行。

第八章 知识产权
运维过程中形成的运维脚本、配置文件、优化代码和技术文档，知识产权归甲方所有，甲方可自由使用和修改。

第九章 分包
乙方不得将本合同项下的任何服务分包或转包。

第十章 违约与解除
（1）乙方违反第六章或第七章约定，或严重违约经书面催告后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
（2）甲方逾期付款的，按逾期金额每日万分之二支付利息。

（3）因不可抗力不能履行合同的，受影响方应及时通知对方，并采取措施减少损失。考试期间发生不可抗力的，乙方仍应尽最大努力配合甲方启动应急预案。

第十一章 争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

第十二章 其他
（1）磋商文件、响应文件和成交通知书为本合同的组成部分，与本合同具有同等效力；三者不一致时，以对甲方更有利者为准。
（2）本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等法律效力。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南省教育考试院　　代表：________　日期：2026年2月20日
乙方（盖章）：湖南信科运维服务有限公司　　代表：________　日期：2026年2月20日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
Z05 = """# 质检实验室信息管理系统（LIMS）软件许可及定制开发合同

> 本合同为苏州慧检软件有限公司标准合同文本（HJ-LIMS-2026版），双方另有约定的以补充协议为准。

**合同编号**：HJ-2026-0217

**甲方（买方）**：广西桂香食品股份有限公司（地址：桂林市七星区腐乳产业园18号）

**乙方（卖方）**：苏州慧检软件有限公司（地址：苏州工业园区星湖街328号）

鉴于甲方生产腐乳、豆豉等发酵豆制品，需建设质量检验实验室信息管理系统，对原辅料、半成品和成品的理化及微生物检验实行信息化管理；乙方为LIMS软件的开发商和许可方。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供慧检LIMS标准版软件许可（20个并发用户）及仪器数据采集模块，并为甲方定制开发发酵批次追溯、理化及微生物检验流程、出厂检验报告（COA）等功能。

1.2 乙方负责软件安装部署、与甲方ERP及生产管理系统的接口、基础数据配置、培训和上线支持。

## 第二条 合同价格

2.1 合同总价为人民币柒拾捌万元整（¥780,000），含税。明细如下：

|序号|项目|数量|金额（元）|
|---|---|---|---|
|1|慧检LIMS标准版软件许可（永久，20并发用户）|1套|360,000|
|2|仪器数据采集模块许可（液相色谱、分光光度计、天平等）|1套|84,000|
|3|定制开发（批次追溯、检验流程、COA报告）|1项|276,000|
|4|实施部署及接口|1项|48,000|
|5|培训|1项|12,000|
||合计||780,000|

2.2 软件许可费合计¥444,000。合同价格不含甲方服务器、数据库及操作系统的采购费用。

## 第三条 付款方式

3.1 本合同签订后7个工作日内，甲方向乙方支付合同总价的60%，即¥468,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线试运行后7个工作日内，甲方支付合同总价的28%，即¥218,400。

3.3 系统验收合格后7个工作日内，甲方支付合同总价的12%，即¥93,600。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，逾期超过15日的，乙方有权暂停服务。

## 第四条 交付与进度

4.1 乙方应在收到预付款后60日内完成安装部署和标准功能配置，120日内完成定制开发并上线试运行。

4.2 甲方应按乙方要求提供检验标准、检验方法、报告样式和基础数据，因甲方资料提供延误造成的工期顺延，乙方不承担责任。

4.3 乙方应指派项目经理一名，实施顾问两名，负责需求调研、系统配置和现场培训；项目经理变更应提前通知甲方。

4.4 甲方应指定质检部门负责人作为项目联系人，组织检验员参加需求调研和培训，并在乙方提交需求说明书后5个工作日内书面确认。

## 第五条 验收

5.1 系统上线试运行满30日后，乙方提出验收申请。验收标准：合同约定的功能清单全部实现；仪器数据自动采集准确率与人工记录核对一致；从原料入库到成品出厂的批次追溯可在10秒内完成查询；COA报告格式符合甲方样式。

5.2 甲方应在收到验收申请后10个工作日内组织验收并签署验收报告，逾期未组织验收且无书面异议的，双方另行协商。

5.3 验收时发现的问题，乙方应在10个工作日内完成修改，修改完成后重新提交验收。甲方的检验标准或报告样式在需求确认后发生变更的，按变更处理，相应工作量另行计费。

5.4 验收报告应列明验收范围、测试记录和遗留问题清单。遗留问题不影响系统主要功能的，不妨碍验收通过，乙方应在约定期限内解决。

## 第六条 免费维护及后续服务

6.1 乙方自系统上线试运行之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

6.3 故障响应：一级故障（系统无法登录或检验数据无法录入）乙方在接到报修后8小时内响应，二级故障在2个工作日内响应。乙方尽力解决故障，但不承担因故障导致的任何扣款或赔偿。

6.4 乙方提供的软件升级仅限于免费维护期内发布的补丁版本，重大版本升级另行收费。

6.5 甲方应按乙方要求提供服务器、数据库和网络环境，因甲方运行环境变化导致的故障不属于乙方免费维护范围。

## 第七条 知识产权

7.1 慧检LIMS软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表模板、接口程序及源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 甲方录入系统的检验数据、批次数据和质量记录归甲方所有。

8.2 甲方同意，乙方可将甲方的检验数据经脱敏处理后用于乙方产品改进、检验模型训练和行业质量分析报告。

8.3 乙方应采取访问控制、操作日志、数据加密和定期备份等安全措施保护甲方数据；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方过错造成的，由乙方承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在履行本合同中获知的对方技术秘密和经营信息负有保密义务，保密期限至合同终止后三年。

9.2 甲方应对乙方的报价、实施方法和技术文档保密，不得向乙方的竞争对手披露，也不得用于其他软件供应商的选型比较。

## 第十条 违约责任

10.1 乙方未按第四条约定期限上线试运行的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部责任（含违约金和赔偿）累计不超过合同总价的20%，且不承担任何间接损失、利润损失或数据损失。

## 第十一条 分包

乙方可将部分实施、接口开发或培训工作交由其合作伙伴完成，提前书面通知甲方即可，乙方对合作伙伴的工作质量负责。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。

12.2 甲方因自身原因解除合同的，已付款项不予退还；乙方已完成但尚未付款的工作，甲方应按实际工作量支付费用。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地有管辖权的人民法院提起诉讼。

13.2 争议解决期间，双方应继续履行本合同中不涉及争议的部分，乙方不得因争议停止远程技术支持或锁定甲方系统。

## 第十四条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、实施计划、检验项目清单、报告样式。附件与本合同具有同等效力。

|甲方（盖章）：广西桂香食品股份有限公司|乙方（盖章）：苏州慧检软件有限公司|
|---|---|
|授权代表：________|授权代表：________|
|日期：2026年3月2日|日期：2026年3月2日|
"""

# ---------------------------------------------------------------- e01 (pdf, Article N)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LLS-CN-2026-014, dated 20 April 2026.
P:Between: Lagoon Ledger Systems Limited, a company incorporated in the Federal Republic of Nigeria, with its registered office at 14 Admiralty Way, Lekki Phase 1, Lagos ("Vendor"); and Chongqing Yufeng Motorcycle Parts Trading Co., Ltd., a company established in the People's Republic of China, with its registered office at 88 Jinkai Avenue, Yubei District, Chongqing ("Customer").
P:Background: (A) Vendor develops and licenses PartsLedger, a dealer and spare-parts inventory management system. (B) Customer distributes motorcycle spare parts to dealers in south-west China from two warehouses and wishes to buy perpetual licences of PartsLedger together with implementation services. (C) At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means PartsLedger version 6, its server and client components and its documentation. "Custom Deliverables" means the reports, dealer-portal pages, interfaces, data-conversion scripts and configurations that Vendor creates specifically for Customer under this Agreement. "Customer Data" means all data that Customer or its dealers enter into or generate with the Software, including dealer records, price lists, stock movements and orders. "Final Acceptance" means the acceptance described in Article 5.3.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in mainland China for the internal business of Customer and its affiliates, for one server instance and sixty named users.
P:2.2 Vendor shall provide the implementation services described in Schedule 1: installation, configuration of both warehouses, integration with Customer's Kingdee ERP and its dealer ordering portal, migration of dealer and stock data from the legacy system, user training and go-live support.
P:2.3 Vendor shall appoint a project manager with experience of at least three comparable distribution projects, who shall lead a weekly progress meeting with Customer, by video conference or on site, and issue minutes within two working days. Vendor shall not replace the project manager without Customer's prior written consent.
P:2.4 Customer shall provide the servers, database licences, network access and a project coordinator, and shall make its warehouse and finance staff available for workshops and testing according to the project plan.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,000,000, inclusive of all taxes, fixed for the whole scope, and made up as follows:
TB:Item|Description|CNY
TB:1|PartsLedger server licence (perpetual, one instance)|420,000
TB:2|Named-user licences (perpetual), 60 users at CNY 4,500|270,000
TB:|Licence Subtotal|690,000
TB:3|Implementation services (configuration and integration)|236,000
TB:4|Data migration|48,000
TB:5|Training (administrators and warehouse users)|26,000
TB:|Contract Price|1,000,000
P:3.2 Travel, accommodation and remote-work costs of Vendor's staff are included in the Contract Price.
H:Article 4 Payment
P:4.1 Customer shall pay: (a) 10% of the Contract Price (CNY 100,000) within 20 days after signature of this Agreement and receipt of Vendor's invoice; (b) 55% (CNY 550,000) within 20 days after installation of the Software and completion of user acceptance testing of the integrated system, which is not acceptance of the Software; and (c) the remaining 35% (CNY 350,000) within 20 days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall deliver the Software and complete installation within 45 days after signature, and shall make the system ready for Final Acceptance within 150 days after signature, in line with the project plan in Schedule 1.
P:5.2 Final Acceptance tests shall show that: (a) every function listed in Schedule 2 works as specified; (b) stock balances in PartsLedger reconcile with the ERP at item level for both warehouses over two consecutive month-end closes; (c) dealer orders flow from the portal to the warehouse pick list within two minutes; (d) the system supports sixty concurrent users with screen response below three seconds; and (e) the system runs in production for 30 days without a Severity 1 defect.
P:5.3 When the tests are passed, Customer shall sign a Final Acceptance certificate within 10 working days. Go-live, productive use of the Software or any payment does not constitute acceptance. If the tests fail, Vendor shall correct the defects at its own cost and repeat the tests.
P:5.4 If Vendor is late in making the system ready for Final Acceptance, it shall pay liquidated damages of CNY 900 for each day of delay, without prejudice to Customer's right to terminate under Article 12.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for eighteen (18) months from Final Acceptance. During the warranty period Vendor shall correct defects, supply patches and new minor versions and provide remote and, where needed, on-site support free of charge.
P:6.2 Defects are classified as follows: Severity 1, the system is down or warehouse shipping is stopped; Severity 2, a major function is impaired with a workaround; Severity 3, any other defect. Vendor shall respond to Severity 1 defects within one hour, 24 hours a day, and restore service within eight hours; Severity 2 within two business hours; Severity 3 within two business days.
P:6.3 For each full hour by which Vendor misses a Severity 1 response or restoration time, Vendor shall pay Customer CNY 800, which Customer may deduct from any amount due.
H:Article 7 Support after Warranty
P:7.1 After the warranty period Customer may buy annual support covering the services in Article 6. The annual support fee is 11% of the Licence Subtotal, that is CNY 75,900 per year, fixed for the first three years after the warranty period. Any later change shall be agreed in writing and shall not exceed 3% over the previous year.
P:7.2 Support is ordered by Customer's purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 Vendor retains all intellectual property in the Software.
P:8.2 All rights in the Custom Deliverables, including source code, vest in Customer upon creation. Customer may use, modify and license them freely, and may have them maintained by any third party. Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to Customer. Vendor may access and process Customer Data only to perform this Agreement and only on Customer's instructions, and shall not copy it outside Customer's systems.
P:9.2 Vendor shall access Customer's systems only through the VPN account issued by Customer, with multi-factor authentication and prior approval for each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 Vendor shall notify Customer within 24 hours of any actual or suspected security incident affecting Customer Data, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, shall use it only for this Agreement, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives termination for three years.
H:Article 11 Liability and Subcontracting
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for death or personal injury, wilful misconduct, breach of Article 9 or Article 10 and infringement of third-party rights, which is not limited.
P:11.2 Vendor shall not subcontract any part of the services without Customer's prior written consent, and remains responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Customer may also terminate if the liquidated damages under Article 5.4 exceed CNY 90,000.
P:12.2 On termination for Vendor's breach, Vendor shall refund amounts paid for services not accepted and deliver all work in progress.
P:12.3 Articles 8, 9, 10 and 11 survive termination or expiry of this Agreement.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federal Republic of Nigeria.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration at the Lagos Court of Arbitration under its rules, by a sole arbitrator, in English. The seat of arbitration is Lagos.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Project Plan and Services) and Schedule 2 (Functional Specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be sent by courier and e-mail to the addresses above.
P:Signed for Lagoon Ledger Systems Limited: ____________________ Name: Adaeze Okonkwo, Managing Director
P:Signed for Chongqing Yufeng Motorcycle Parts Trading Co., Ltd.: ____________________ Name: Tang Wei, General Manager
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
E02 = """# ORDER FORM No. AKC-0326 — RouteDesk Field Sales Subscription

**Provider:** Akwaaba Cloud Limited, 7 Independence Avenue, Ridge, Accra, Ghana

**Customer:** Changsha Qingquan Drinking Water Distribution Co., Ltd., 166 Furong Middle Road, Furong District, Changsha, Hunan, People's Republic of China

**Order date:** 11 May 2026

This Order Form is entered into under, and incorporates, the RouteDesk General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Order Details

| Item | Description | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | RouteDesk Field Sales subscription, per named user per Subscription Year | 120 users x 2 Subscription Years | 1,400 | 336,000 |
| 2 | Onboarding package (configuration, route import, ERP connector, training) | one-off | 24,000 | 24,000 |
| | **Total Order Value** | | | **360,000** |

- **Subscription Term:** two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Go-Live Acceptance under Section 3.2; the second starts on its first anniversary.
- **Currency:** at the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY), inclusive of VAT.
- **Invoicing:** subscription fees are invoiced quarterly in arrears (CNY 42,000 per quarter) and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable in advance.
- **Hosting region:** Alibaba Cloud, mainland China (Shanghai region).
- **Additional users:** may be added at CNY 1,400 per user per Subscription Year, prorated monthly.

Signed for Akwaaba Cloud Limited: ____________________ (Kwame Mensah, Commercial Director)

Signed for the Customer: ____________________ (Liu Fang, Deputy General Manager)

---

# ROUTEDESK GENERAL TERMS

## Section 1. Definitions

1.1 "Service" means the RouteDesk field sales application (route planning, visit check-in, order capture, delivery confirmation, van stock and collections) made available online, together with its mobile apps and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including outlet lists, customer contacts, orders, GPS check-ins and photos taken by the Customer's sales staff.

1.3 "Configurations" means the route templates, order forms, report layouts and connector mappings that the Provider prepares specifically for the Customer during onboarding.

## Section 2. The Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with the documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to answer support requests promptly. Support is provided by e-mail and through the in-app help desk during the Provider's business hours. The Provider does not give any service-level commitment, service credit or response-time commitment under this Order Form.

2.3 The Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

## Section 3. Onboarding and Acceptance

3.1 Within 30 days after the Order date the Provider shall configure the Service, import the Customer's routes and outlet list (about 9,000 outlets), build the connector to the Customer's Yonyou ERP for orders and stock, and train the Customer's supervisors and sales staff.

3.2 Go-Live Acceptance tests shall show that: (a) all 120 users can log in on the mobile app and complete a full visit cycle; (b) orders captured in the app reach the ERP within five minutes with no loss over ten consecutive working days; (c) route plans for all depots are generated correctly; and (d) daily sales and collection reports match the ERP totals. The Customer shall confirm Go-Live Acceptance in writing within five working days after the tests are passed. Use of the Service during testing is not acceptance.

3.3 If a test fails, the Provider shall correct the cause and repeat the test at no charge.

3.4 The Provider shall appoint an onboarding manager who speaks Chinese or works with a Chinese-speaking colleague, shall hold weekly onboarding calls with the Customer's project lead and shall keep a shared list of open issues until Go-Live Acceptance.

3.5 The Customer shall provide its outlet list, depot addresses, product master data and ERP test access in time, and shall make its supervisors available for training sessions in Changsha or online.

## Section 4. Fees and Payment

4.1 Fees are as stated in the Order Details. Fees are fixed for the Subscription Term.

4.2 Undisputed invoices are payable within 30 days. Disputed amounts shall be discussed in good faith and need not be paid until the dispute is settled.

4.3 If the Customer adds users during a Subscription Year, the additional fee is invoiced with the next quarterly invoice, prorated from the month in which the users are activated. Removing users takes effect only at the start of the next Subscription Year.

4.4 Each invoice shall be a valid Chinese VAT invoice issued by the Provider's authorised invoicing agent in China and shall show the quarter, the number of users and the amount in CNY.

## Section 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including analytics, benchmarking or product development.

5.2 The Provider shall host Customer Data in mainland China in the hosting region stated in the Order Details, shall not transfer it outside mainland China, and shall maintain encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, daily backups and logging of all administrative access. The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

5.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security breach affecting Customer Data, shall take immediate measures to contain it, and shall be responsible for the Customer's losses, fines and costs of notification caused by the breach where the breach results from the Provider's failure to meet this Section 5.

5.4 On expiry or termination the Provider shall, for 30 days, allow the Customer to export all Customer Data in CSV format, and shall then delete it and confirm deletion in writing.

## Section 6. Confidentiality

6.1 Each party shall keep confidential all non-public information of the other party that it receives in connection with this Order Form, shall use it only to perform this Order Form and shall not disclose it to third parties without prior written consent, except to its employees and advisers who need to know it and are bound by equivalent duties.

6.2 This Section survives for three years after termination.

## Section 7. Intellectual Property

7.1 The Provider retains all rights in the Service.

7.2 The Configurations belong to the Customer, which may use, copy and modify them freely and may have them used by any successor provider. The Provider shall hand them over in a usable format on request and on termination.

## Section 8. Subprocessors

8.1 The Provider's hosting provider named in the Order Details is approved by the Customer's signature. The Provider shall not engage any other subprocessor or subcontractor for the Service without the Customer's prior written consent and remains responsible for any approved subprocessor.

## Section 9. Term, Renewal and Termination

9.1 This Order Form runs for the Subscription Term. It does not renew automatically; any extension requires a new order form signed by both parties.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.

9.3 If the Customer terminates under Section 9.2, the Provider shall refund any fees paid for the period after termination.

## Section 10. Liability

10.1 Each party's total liability under this Order Form is limited to twice the Total Order Value, except for liability arising from breach of Section 5 or Section 6, wilful misconduct or fraud, which is not limited.

10.2 Neither party is liable for indirect or consequential losses, except as stated in Section 5.3.

## Section 11. Governing Law and Disputes

11.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

## Section 12. Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Payment obligations for services already received are not excused.

## Section 13. General

13.1 Notices shall be given in writing to the addresses in the Order Form. Neither party may assign this Order Form without the other party's written consent. Amendments must be in writing and signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table)
E03 = """T:PURCHASE CONTRACT FOR WATER-QUALITY MONITORING SENSORS AND SOFTWARE
P:Contract No. ZJHY-PC-2026-023
P:Buyer: Zhanjiang Haiyue Aquaculture Co., Ltd., 21 Haibin Road, Xiashan District, Zhanjiang, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: Morabeza Marine Instruments, Lda., Avenida Cidade de Lisboa 45, Praia, Santiago, Republic of Cabo Verde (the "Supplier").
P:The Buyer operates offshore and pond fish farms at its Donghai Island site. The Buyer wishes to buy water-quality monitoring buoys, probes, gateways and monitoring software for that site, and the Supplier has offered to supply, install and support them. The parties therefore agree as follows. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission at the Donghai Island site: eight multi-parameter monitoring buoys, forty dissolved-oxygen probes for the ponds, eight solar-powered 4G gateways and a perpetual licence of the AquaWatch monitoring software, and shall train the Buyer's staff.
P:1.2 The system shall measure dissolved oxygen, temperature, pH, salinity, turbidity and ammonia, shall report readings every five minutes to the AquaWatch server installed in the Buyer's office, and shall send alarms by SMS and WeChat when thresholds set by the Buyer are crossed.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,030,000, inclusive of VAT, customs duties, freight to site, insurance, installation and all other costs. The breakdown is as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter monitoring buoy|8|68,000|544,000
TB:2|Dissolved-oxygen probe (optical)|40|5,600|224,000
TB:3|Solar 4G gateway|8|9,500|76,000
TB:4|AquaWatch monitoring software, perpetual licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||940,000
TB:5|Installation, calibration and commissioning|1|74,000|74,000
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,030,000
P:2.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 103,000) as an advance within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 566,500) within 15 working days after the Installation Certificate under Clause 5.1 is signed. The Installation Certificate confirms completeness and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 360,500) within 15 working days after the Final Acceptance Certificate under Clause 5.3 is signed.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the site within 75 days after signature and complete installation within 100 days after signature.
P:4.2 If the Supplier fails to complete installation or to make the system ready for Final Acceptance on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 The Supplier shall obtain all export permits in Cabo Verde and in any transit country, and shall deliver the equipment with packing lists, certificates of origin, calibration certificates and user manuals in English and Chinese. The Buyer shall assist with Chinese customs clearance as importer of record.
P:4.4 The Supplier shall send a project engineer to the site for installation and commissioning and shall keep the Buyer's site manager informed of progress by a short daily report. The Buyer shall provide boats, power and storage space at the site.
H:5. Installation and Acceptance
P:5.1 After installation the parties shall jointly check the equipment against the delivery list and sign an Installation Certificate.
P:5.2 Final Acceptance tests shall be carried out over a 30-day trial run and shall show that: (a) each sensor reading is within the accuracy stated in Annex 1 when compared with laboratory samples taken on five different days; (b) no buoy or probe misses more than two scheduled readings on any day of the trial run; (c) every alarm test triggers SMS and WeChat alerts within two minutes; and (d) the software produces the daily and monthly reports listed in Annex 1.
P:5.3 When all tests are passed the Buyer shall sign the Final Acceptance Certificate within ten working days. Installation, use of the system or payment of any amount does not constitute acceptance. If any test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and software against defects in design, materials and workmanship for twenty-four (24) months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, including freight and customs costs, and shall recalibrate all probes every six months.
P:6.2 Faults are classified as Severity 1 (loss of readings from three or more buoys or probes, or of the alarm function), Severity 2 (loss of readings from one or two devices) and Severity 3 (other faults). The Supplier shall respond to Severity 1 faults within two hours through its hotline and its service partner in Zhanjiang, and restore the function within 24 hours; Severity 2 within eight hours; Severity 3 within three working days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 600.
P:6.4 After the warranty the Buyer may order annual support covering the services in Clauses 6.1 to 6.3 at 9% of the Hardware and Licence Subtotal, that is CNY 84,600 per year. This fee is fixed for three years after the warranty. Support is ordered by purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare probes and gateway parts with its service partner in Zhanjiang sufficient to replace the sensors of at least two buoys without waiting for shipment from abroad.
H:7. Buyer Data
P:7.1 All readings, alarms, farm records and reports produced by the system are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep copies after the work is done.
P:7.2 The AquaWatch server is installed in the Buyer's office and data shall not leave mainland China. The Supplier may access the system remotely only with the Buyer's approval for each session, through the VPN account issued by the Buyer.
P:7.3 The Supplier shall report any security incident affecting Buyer Data to the Buyer within 12 hours, take immediate measures to contain it and compensate the Buyer for losses caused by its breach of this Clause 7.
H:8. Intellectual Property
P:8.1 The AquaWatch software and the embedded software in the devices remain the property of their owners and are licensed to the Buyer perpetually.
P:8.2 The farm dashboards, report templates and alarm rules that the Supplier configures specifically for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by any third party.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party under this Contract, including the Buyer's stocking data, production figures and site layout, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 9, which are not limited.
P:10.2 Neither party is liable to the other for indirect loss or loss of profit, except in the case of wilful misconduct or breach of Clause 7.
H:11. Subcontracting
P:11.1 The Supplier's service partner in Zhanjiang, Zhanjiang Blue Ocean Instrument Service Co., Ltd., is approved by the Buyer's signature of this Contract. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent, and remains responsible for all subcontracted work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 4.2 reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:13. Force Majeure
P:13.1 A party prevented from performing by typhoon or other force majeure shall notify the other party within three days and is excused for the duration of the event. Typhoon warnings at the site shall extend the delivery dates by the days lost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:15. General
P:15.1 This Contract is made in English and Chinese, both texts being equally authentic. Annex 1 (Technical Specification and Test Plan) forms part of this Contract.
P:For the Buyer: ____________________ Chen Hai, General Manager, 8 June 2026
P:For the Supplier: ____________________ Djamila Tavares, Director, 8 June 2026
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables)
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** TMS-XM-2026-07

**Provider:** Teranga Managed Services SARL, Immeuble Kebe, Route de Ngor, Almadies, Dakar, Senegal ("Provider")

**Customer:** Xiamen Lanhai Hotel Management Co., Ltd., 59 Huandao South Road, Siming District, Xiamen, Fujian, People's Republic of China ("Customer")

**Date:** 2 March 2026

The Customer manages fourteen business hotels in Fujian and wishes to outsource its IT service desk, endpoint management and hotel-network monitoring. The Provider runs a multilingual remote service desk and a network operations centre and works in China through a locally registered delivery partner. The parties agree as follows. At the Customer's request all charges are stated and paid in Chinese Yuan (CNY).

## 1. DEFINITIONS

In this Agreement: "Services" means the services described in Schedule 1; "Service Commencement Date" means the date defined in Clause 3.2; "Term" means 24 months from the Service Commencement Date; "Incident" means an unplanned interruption or reduction in quality of an IT service used by the Customer; "Customer Data" means all data of the Customer, its guests and its employees that the Provider can access in performing the Services.

## 2. SERVICES

2.1 The Provider shall provide the Services for all fourteen hotels and the Customer's head office in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall assign a named service delivery manager who shall hold a monthly service review with the Customer and deliver a monthly report on tickets, service levels, security events and improvement actions.

## 3. TRANSITION AND COMMENCEMENT

3.1 Within 45 days after signature the Provider shall complete transition: take over the ticket history and asset inventory from the Customer's internal team, install its monitoring agents on all servers, switches, firewalls and wireless controllers, and set up the hotline and the ticket portal.

3.2 The Service Commencement Date is the date on which the Provider notifies the Customer in writing that the Services are live. The Services are deemed accepted by the Customer on that date. There is no separate acceptance testing of the transition or of the Services.

3.3 If the Service Commencement Date falls later than 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay.

3.4 During transition the Provider shall hold weekly transition meetings with the Customer's IT manager, report progress against the transition plan and keep a log of open risks and issues. The Customer's internal team shall remain available to answer the Provider's questions until the Service Commencement Date.

3.5 The Provider shall prepare runbooks for each hotel covering the network layout, key systems, escalation contacts and standard procedures, and shall keep them up to date during the Term.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Term.

4.2 The Transition Fee is invoiced on the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

4.3 Invoices shall be valid Chinese VAT invoices issued through the Provider's delivery partner and shall show the month, the charges and any service credits deducted.

4.4 Additional hotels may be added to the Services at a monthly charge of CNY 3,100 per hotel, prorated from the date on which the hotel is taken over, by a written change order signed by both parties.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 2. Where a service level is missed in a month, the service credits in Schedule 2 apply and are deducted from the next invoice.

5.2 Service credits in any month shall not exceed 20% of the Monthly Service Charge for that month.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall access and use Customer Data only to perform the Services and shall not copy, keep or disclose it for any other purpose.

6.2 All remote access shall pass through the Customer's bastion host with individual accounts and multi-factor authentication; all sessions are recorded. Guest personal information shall not be transferred outside mainland China; the Provider's staff outside China work only on monitoring data and tickets that contain no guest personal information. The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall take immediate containment measures and shall be liable for the losses, fines and notification costs caused by its breach of this Clause 6.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider keeps its tools, monitoring platform and know-how.

8.2 The runbooks, network documentation, configuration backups and knowledge-base articles prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 9. SUBCONTRACTING

9.1 The Provider's delivery partner, Xiamen Jiexin IT Services Co., Ltd., which provides on-site engineers in Fujian, is approved by the Customer's signature. The Provider shall not use any other subcontractor without the Customer's prior written consent and remains responsible for all subcontractors.

## 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Term, except for breach of Clauses 6 and 7, personal injury and wilful misconduct, which are not limited.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically.

11.2 The Customer may not terminate this Agreement before the end of the Term, including for breach by the Provider. The Customer's remedies for any failure by the Provider are the service credits under Clause 5 and damages under Clause 10.

11.3 The Provider may terminate this Agreement if the Customer fails to pay undisputed charges within 60 days after a written reminder.

11.4 On expiry the Provider shall provide exit assistance for up to 30 days at no extra charge, including hand-over of all Customer Data, runbooks and documentation to the Customer or its new provider.

## 12. FORCE MAJEURE

12.1 Neither party is liable for failure or delay caused by typhoon, earthquake, epidemic, government action or other events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance. Service levels are suspended for the hotels affected while the event lasts.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 14. GENERAL

14.1 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier and e-mail. Neither party may assign this Agreement without the other's written consent.

Signed for Teranga Managed Services SARL: ____________________ (Mamadou Diallo, Managing Director)

Signed for Xiamen Lanhai Hotel Management Co., Ltd.: ____________________ (Zheng Li, Chief Operating Officer)

## SCHEDULE 1 — SERVICES

| Service | Description | Coverage |
|---|---|---|
| Service desk | Hotline, e-mail and portal for hotel staff; tickets in Chinese and English | 24 x 7 |
| Endpoint management | 620 PCs and POS terminals: patching, antivirus, software deployment | Business days, remote |
| Network monitoring | Switches, firewalls, wireless controllers and 1,150 access points in 14 hotels | 24 x 7, remote |
| On-site support | Engineers of the approved delivery partner for hardware swaps and cabling | 08:00-22:00, next-day for non-urgent |
| Reporting | Monthly service report and review | Monthly |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Restoration | Credit per missed Incident |
|---|---|---|---|---|
| P1 | Property management system, Wi-Fi or payment down in a whole hotel | 30 minutes | 3 hours | 3% of the Monthly Service Charge |
| P2 | Service degraded in part of a hotel | 1 hour | 8 hours | 1% of the Monthly Service Charge |
| P3 | Single user or device | 8 business hours | 3 business days | none |

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-off | 58,000 |
| Monthly Service Charge | 24 months at CNY 46,500 | 1,116,000 |
| Total charges over the Term | | 1,174,000 |
"""

# ---------------------------------------------------------------- e05 (txt, Clause N / N.N)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: LDS-SH-2026-031
Date: 15 June 2026

PARTIES

Lagune Data Services SA, a company incorporated in Côte d'Ivoire, with its registered office at Rue du Commerce, Immeuble Alpha 2000, Plateau, Abidjan, Republic of Côte d'Ivoire ("Provider"); and

Shanghai Keke Cocoa Products Co., Ltd., a company established in the People's Republic of China, with its registered office at 1200 Zhangyang Road, Pudong New Area, Shanghai ("Customer").

BACKGROUND

(A) The Provider collects and publishes West African cocoa market data: farm-gate and port prices, export registrations, shipment tracking, bean quality grades and weather indicators for the main growing regions, through a data API.

(B) The Customer imports cocoa beans and butter for its chocolate and bakery production and wishes to use the Provider's data in its purchasing and planning systems.

(C) At the Customer's request all fees under this Agreement are stated and paid in Chinese Yuan (CNY).

The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's Cocoa Market Data API, its endpoints, documentation and data feeds listed in Annex A.

1.2 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary; the Subscription Term is these two Subscription Years.

1.3 "Service Start Date" means the date of Integration Acceptance under Clause 4.3.

1.4 "Customer Inputs" means the information the Customer sends to the API, including the queries it makes, its watch lists of origins, exporters and contracts, and the purchase volumes and positions it uploads for the portfolio analytics endpoint.

1.5 "Connector" means the software that the Provider builds for the Customer to load API data into the Customer's SAP system and purchasing dashboard.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use the data received for its internal business during the Subscription Term, including in internal reports and models. The Customer shall not resell the data.

2.2 The subscription includes up to 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 12 per 1,000 calls, invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:

  Item                                              CNY
  API subscription, Subscription Year 1             186,000
  API subscription, Subscription Year 2             186,000
  Connector build and integration support (one-off) 18,000
  Total fixed fees                                  390,000

3.2 Subscription fees are invoiced quarterly in arrears at CNY 46,500 per quarter. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. No fee is payable in advance.

3.3 Overage charges under Clause 2.2 are not part of the fixed fees.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after the date of this Agreement the Provider shall build the Connector, deliver API credentials and documentation, and train the Customer's analysts.

4.2 If the Provider is late in making the Connector ready for Integration Acceptance, it shall pay the Customer CNY 300 for each day of delay.

4.3 Integration Acceptance tests shall show that: (a) all endpoints listed in Annex A return data in the documented format; (b) daily price and shipment data load into the Customer's SAP system by 09:00 Beijing time on ten consecutive working days; (c) data in the dashboard reconcile with the API responses for a sample of 200 records; and (d) the Connector documentation and source code are handed over. The Customer shall sign an acceptance certificate within five working days after the tests are passed. Use of the API during testing is not acceptance.

4.4 The Provider shall name an integration lead who joins a weekly call with the Customer's IT and purchasing teams until Integration Acceptance, and shall keep a shared list of open questions and defects. The Customer shall provide test access to its SAP system and name a contact person for the work.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.5% of the time in each calendar month, measured at the Provider's gateway and excluding maintenance announced at least 48 hours in advance and carried out on weekends.

5.2 Priority 1 incidents (the API or a core endpoint unavailable, or data not updated for more than one trading day) shall be responded to within one hour at any time, day or night, with a first status update to the Customer's duty analyst within two hours. Priority 2 incidents (a non-core endpoint unavailable or delayed) shall be responded to within eight business hours.

5.3 If monthly availability falls below the level in Clause 5.1, the Customer receives a service credit of 5% of the quarterly fee for each started 0.5 percentage point of shortfall, deducted from the next invoice. If the Provider misses a Priority 1 response time, the credit is CNY 500 per incident.

6. DATA QUALITY

6.1 The Provider shall collect data from the sources described in Annex A, apply the validation checks described there and correct errors within one working day after they are reported.

6.2 The Provider does not guarantee market outcomes, but shall indicate the source and time stamp of every data point.

6.3 The Provider shall publish a change notice at least 30 days before it changes or retires any endpoint listed in Annex A and shall keep the previous version available for at least 90 days after the change.

7. CUSTOMER INPUTS AND SECURITY

7.1 Customer Inputs remain the property of the Customer.

7.2 The Customer grants the Provider a perpetual, irrevocable licence to use Customer Inputs in aggregated and anonymised form to compile market indicators, demand statistics and benchmarks that the Provider sells to its other subscribers, and to improve its products. This licence survives the end of this Agreement.

7.3 The Provider shall protect Customer Inputs with encryption in transit and at rest, access limited to named staff, multi-factor authentication and audit logging. It shall notify the Customer of any security breach affecting Customer Inputs within 24 hours, take immediate measures to contain it and be liable for the Customer's losses caused by the breach.

7.4 The Provider shall comply with the data export rules of the People's Republic of China that apply to the Customer Inputs and shall cooperate with any security assessment the Customer must carry out.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party and use it only for this Agreement, and shall not disclose it without the other party's prior written consent. This Clause survives for three years after termination.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the API and the data it publishes, subject to the Customer's rights under Clause 2.1.

9.2 The Connector, including its source code, belongs to the Customer, which may use, modify and license it freely and have it maintained by any third party.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, other than its cloud hosting provider named in Annex A, which is approved by signature. The Provider remains responsible for its subcontractors.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be extended only by a written agreement signed by both parties, at fees agreed at that time.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 On termination the Provider shall refund fees paid for any period after termination, and the Customer shall stop using the API.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration shall be conducted in English.

14. FORCE MAJEURE

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, strikes at the source ports or government action, provided it notifies the other party promptly and takes reasonable steps to resume performance.

15. GENERAL

15.1 Annex A (API Specification, Sources and Hosting) forms part of this Agreement. Amendments must be in writing. Notices shall be sent by e-mail and courier to the addresses above.

Signed for Lagune Data Services SA: ____________________ Name: Aya Kouassi, Directrice Generale

Signed for Shanghai Keke Cocoa Products Co., Ltd.: ____________________ Name: Sun Yue, Purchasing Director
"""

# ================================================================ targets, labels, checks
FILES = {
    "z01": ("h477z01_port_container_terminal_dispatch_platform.pdf", "zh", Z01),
    "z02": ("h477z02_baijiu_packaging_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h477z03_eyewear_chain_order_optometry_saas.txt", "zh", Z03),
    "z04": ("h477z04_exam_authority_exam_system_annual_om.txt", "zh", Z04),
    "z05": ("h477z05_fermented_tofu_lims_supplier_template.md", "zh", Z05),
    "e01": ("h477e01_parts_inventory_licence_nigeria_vendor.pdf", "en", E01),
    "e02": ("h477e02_field_sales_saas_order_form_ghana_vendor.md", "en", E02),
    "e03": ("h477e03_aquaculture_water_sensors_cabo_verde_vendor.docx", "en", E03),
    "e04": ("h477e04_hotel_managed_it_services_senegal_vendor.md", "en", E04),
    "e05": ("h477e05_cocoa_market_data_api_cote_divoire_vendor.txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, value, fee base, forum outside
DESIGN = {
    "z01": ("software", [99.8, 0.5, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
            True, True, True, False, 2440000, 1260000, False),
    "z02": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True, False, "PRC", G],
            True, True, True, False, 2090000, 1800000, False),
    "z03": ("cloud", [99.95, 0.5, True, "buyer", False, True, True, 500 / 740000 * 100, None, None, True, None, None, None, True, True, False, "PRC", S],
            True, True, None, False, 740000, None, False),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S],
            True, True, None, False, 510000, None, False),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 60, True, True, 6, None, False, True, True, "PRC", G],
            True, True, False, False, 780000, 444000, False),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.09, 150, 10, True, True, 18, 11, False, True, False, "Nigeria", G],
            True, True, True, False, 1000000, 690000, False),
    "e02": ("cloud", [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False, "PRC", S],
            False, False, None, False, 360000, None, False),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False, "PRC", G],
            True, True, True, False, 1030000, 940000, False),
    "e04": ("services", [None, 0.5, True, "buyer", True, True, True, 1000 / 1174000 * 100, 150, None, False, None, None, None, False, False, False, "PRC", S],
            True, True, None, True, 1174000, None, False),
    "e05": ("services", [99.5, 1, True, "buyer", True, False, True, 300 / 390000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            True, True, None, False, 390000, None, False),
}

DESIGN_RULES = {  # my design list, checked against the derivation below
    "z01": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "z04": [],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-ACCEPTANCE", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(key):
    _, t, _, _, _, _, value, base, _ = DESIGN[key]
    war, fee = t[12], t[13]
    if t[18] != G or war is None or fee is None or base is None:
        return None
    years = max(0.0, 5 - war / 12)
    post = years * fee / 100 * base
    return value + post, post / (value + post) * 100


def derive(key):
    """My reading of policy.md §3 on the labels."""
    _, t, sla, ld_stated, capped, deemed, value, base, forum_out = DESIGN[key]
    v = dict(zip(TERM_KEYS, t))
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if v["availability_pct"] is not None and v["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if v["p1_response_hours"] is None or v["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not v["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if v["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not v["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if v["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not v["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif v["ld_rate_per_day_pct"] is not None and v["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if v["liability_cap_pct"] is not None and v["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if v["prepayment_pct"] is not None and v["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not v["acceptance_clause"] or v["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if v["contract_kind"] == G:
        if v["warranty_months"] is None or v["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if v["post_warranty_fee_pct"] is None or not capped or v["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if v["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not v["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if v["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if v["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, _ = FILES[key]
    cat, t, sla, ld_stated, capped, deemed, value, _, _ = DESIGN[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t[18] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, t)),
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.9(?![0-9])\s*[%％]", r"99\.9(?![0-9])\s*percent",
    r"(?<![0-9.])4\s*(?:小时|个小时|hours?|hrs?|h\b|-hour)", r"(?<![十0-9])四\s*(?:个)?\s*小时", r"\bfour[\s-]+(?:\w+[\s-]+)?hours?\b",
    r"(?<![0-9.])240\s*(?:分钟|minutes?)", r"二百四十分钟",
    r"(?<![0-9.])0\.05(?![0-9])\s*[%％]", r"万分之五(?![十0-9])", r"(?<![0-9.])0\.05(?![0-9])\s*percent",
    r"(?<![0-9.])100(?:\.0+)?\s*[%％]", r"百分之(?:一)?百", r"one hundred per\s*cent",
    r"(?<![0-9.])30(?:\.0+)?\s*[%％]", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty per\s*cent",
    r"(?<![0-9.])12\s*(?:个月|months?|-month)", r"(?<![十0-9])十二个月", r"twelve[\s(]+(?:12\)\s*)?months?", r"(?<![十第每])一年", r"\bone[\s-]year\b",
    r"(?<![0-9.])15(?:\.0+)?\s*[%％]", r"百分之十五", r"fifteen per\s*cent",
    r"(?<![0-9.])40(?:\.0+)?\s*[%％]", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty per\s*cent",
    r"(?<![0-9.])5\s*(?:年|years?|-year)", r"(?<![十〇零0-9])五年", r"\bfive[\s-]+(?:\(5\)\s*)?years?\b",
    r"(?<![0-9.])60\s*(?:个月|months?|-month)", r"六十个月", r"sixty[\s(]+(?:60\)\s*)?months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成", "5年",
            "五年", "five years", "60 months", "12 months", "5 years", "4h"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year", "24 hours",
             "二十四小时", "14 hours", "130%", "0.5%", "1.5 years", "2026年", "二十四个月", "每年", "第一年" if False else "首个服务年度",
             "412 months", "99.99%", "200%", "5%"]


def scan(text):
    hits = []
    for rx in THRESHOLD_RES:
        for m in rx.finditer(text):
            hits.append((rx.pattern, text[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s %s" % (s, scan(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def strip_markup(src):
    return "\n".join(l.partition(":")[2].replace("|", " ") for l in src.splitlines() if l.strip())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    markup = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[2] for k, v in markup.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in markup.items()}, OUT,
          wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if k not in markup:
            (OUT / name).write_text(src, encoding="utf-8")
    problems = []
    covered = set()
    for k, (name, lang, src) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN_RULES[k]), (k, lab["expected_rules"], DESIGN_RULES[k])
        covered |= set(lab["expected_rules"])
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                       encoding="utf-8")
        text = read_back(OUT / name)
        raw = src if k not in markup else strip_markup(src)
        for variant in (text, raw, re.sub(r"\s+", " ", raw), re.sub(r"\s+", "", raw), re.sub(r"\s+", "", text)):
            for h in scan(variant):
                problems.append((k, h))
        # label values on thresholds
        v = lab["expected_terms"]
        assert v["availability_pct"] != 99.9 and v["p1_response_hours"] != 4 and v["ld_rate_per_day_pct"] != 0.05
        assert v["liability_cap_pct"] != 100 and v["prepayment_pct"] != 30 and v["warranty_months"] != 12
        assert v["post_warranty_fee_pct"] != 15
        tc = tco(k)
        if tc:
            assert abs(tc[1] - 40) > 2, (k, tc)
        if lang == "zh":
            n, m = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000 and 2750 <= m <= 3000
            print("%s %-58s chars %d (non-space %d) %s tco=%s rules=%s risk=%s" % (k, name, n, m, "OK" if ok else "OUT OF RANGE", tc, lab["expected_rules"], risk(lab["expected_rules"])))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s %-58s words %d %s tco=%s rules=%s risk=%s" % (k, name, n, "OK" if ok else "OUT OF RANGE", tc, lab["expected_rules"], risk(lab["expected_rules"])))
    for p in problems:
        print("THRESHOLD HIT", p)
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    assert not problems
    print("all 20 rules covered; no threshold figure found")
