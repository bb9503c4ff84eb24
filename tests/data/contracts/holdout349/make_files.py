"""holdout349: writes the ten blind held-out contracts, their .json labels, checks lengths, thresholds and rule cover.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H349Z01 = """T:国土空间规划实施监测平台建设项目采购合同
P:合同编号：LZZR-2026-GK-017　　采购方式：公开招标　　项目编号：LZCG-2026-0412
P:采购人（甲方）：临州市自然资源局　　地址：临州市滨河东路88号
P:供应商（乙方）：杭州图衡空间信息技术有限公司　　地址：杭州市西湖区文三路478号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临州市国土空间规划实施监测平台（以下简称“监测平台”）的软件供货、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方提供监测平台软件许可（永久许可，不限用户数）、监测指标体系及评估模型的定制开发、规划与现状数据汇聚治理、部署集成及培训，具体功能以附件1《需求规格说明书》为准。
P:1.2 合同总价为人民币贰佰伍拾壹万元整（¥2,510,000.00），为固定总价，含税费、差旅、安装、调试、培训及质保期内全部服务费用，明细如下：
P:（1）监测平台软件许可费：¥1,160,000；
P:（2）监测指标及评估模型定制开发费：¥820,000；
P:（3）数据汇聚治理费（含“一张图”图层整合、三调成果入库）：¥364,000；
P:（4）部署集成费（含与国土空间基础信息平台、“多规合一”业务协同系统对接）：¥128,000；
P:（5）培训费：¥38,000。
P:1.3 除本合同另有约定外，甲方无须另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起90日内完成软件部署及数据汇聚治理，150日内完成定制开发并具备初验条件。
P:2.2 交付地点为甲方指定的政务云机房及甲方办公场所。乙方应按附件2《项目实施计划》每两周提交进度报告。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方向甲方提交等额预付款保函后，甲方支付合同总价的20%作为预付款，即¥502,000。
P:3.2 监测平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,129,500。
P:3.3 监测平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥878,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款通过国库集中支付办理。
H:第四条 验收
P:4.1 初验：乙方完成全部功能开发并在政务云部署后，由甲方组织初验。初验标准为：需求规格说明书所列功能逐项测试通过；监测指标计算结果与甲方抽查的人工复核结果一致；在200个并发用户下常用查询响应时间不超过3秒；第三方机构出具的网络安全等级保护三级测评结论为符合或基本符合。
P:4.2 试运行：初验合格后进入连续90日试运行，试运行期间未发生一级故障，累计二级故障不超过3次。
P:4.3 终验：试运行期满后，由甲方组织专家按前款标准及附件1进行终验，并出具书面终验报告。
P:4.4 软件安装、上线使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期内，监测平台月可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日经甲方同意）。
P:5.3 故障分级及响应：一级故障（平台整体无法访问或核心监测功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内修复；三级故障（一般问题）在下一个工作日内处理。
P:5.4 乙方未按前款时限响应、到场或恢复的，每超时1小时，甲方有权从履约保证金中扣除¥800；月可用率每低于约定值0.01个百分点，扣除¥1,000。
P:5.5 质保期满后，经甲方书面确认需要继续维护的，年度维护费不超过监测平台软件许可费的9%（即每年不超过¥104,400），质保期满后首两个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 本项目定制开发的监测指标体系、评估模型、接口程序及其源代码、技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。乙方应在终验前交付完整源代码及编译说明。
P:6.2 监测平台标准软件产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:6.3 乙方保证所交付的软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第七条 数据安全
P:7.1 甲方提供及监测平台产生的全部数据（含规划成果、遥感影像、现状调查数据、日志）归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《测绘法》及涉密测绘成果管理规定，在甲方指定网络环境内作业，运维访问须经堡垒机审批并全程审计，不得将数据导出至甲方网络以外。
P:7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、规划信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:9.2 乙方交付的软件不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，按国库支付相关规定处理。
H:第十条 分包
P:10.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:13.2 附件：附件1 需求规格说明书；附件2 项目实施计划；附件3 投标报价明细表。
P:甲方（盖章）：临州市自然资源局　　　　　乙方（盖章）：杭州图衡空间信息技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年__月__日
"""

H349Z02 = """T:浸出车间控制系统改造项目合同
P:合同编号：JHLY-SB-2026-031
P:甲方（买方）：江淮粮油工业有限公司　　住所：安徽省蚌埠市淮上区沫河口工业园纬六路9号
P:乙方（卖方）：合肥卓控自动化工程有限公司　　住所：合肥市高新区习友路2666号
P:甲方浸出车间现有控制系统已运行多年，卡件老化、备件停产，溶剂回收工段仍依赖人工巡检。为提高本质安全水平并降低溶剂消耗，甲方决定对浸出车间控制系统进行改造。经甲方比选，双方依据《中华人民共和国民法典》，就本项目订立本合同，共同遵守。
H:一、项目范围
P:（一）乙方负责浸出车间（含浸出器、蒸脱机、混合油蒸发及溶剂回收工段）DCS控制系统、防爆现场仪表及可燃气体检测报警系统的供货、组态编程、安装、调试、联调及培训，详见下表及附件1《技术规格书》。
P:（二）新系统须实现原有全部控制回路及安全联锁的迁移，并新增溶剂损耗在线计算、尾气冷冻回收优化控制功能。
P:（三）乙方负责对甲方操作人员及仪表维护人员进行培训，培训不少于5个工作日，内容包括DCS操作、报警处理、联锁旁路管理及日常维护，培训结束后进行考核，考核合格人员名单报甲方备案。
H:二、合同价款
P:（一）合同总价为人民币贰佰柒拾柒万元整（¥2,770,000），为含税固定总价。价款明细如下：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、电源及IO卡件（冗余配置）|1套|1,086,000
TB:2|防爆现场仪表（压力、温度、液位、流量变送器及调节阀定位器）|186台|624,000
TB:3|可燃气体检测报警系统（GDS，含探测器48点）|1套|238,000
TB:4|操作员站、工程师站及DCS组态软件许可|1套|316,000
TB:|软硬件小计||2,264,000
TB:5|组态编程、回路调试及联调|1项|286,000
TB:6|安装及电缆敷设|1项|198,000
TB:7|操作及维护培训|1项|22,000
TB:|合同总价||2,770,000
P:（二）上述价款包含设备运输、保险、现场安装辅材及质保期内的全部服务费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，计¥277,000。
P:（二）全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的55%，计¥1,523,500。到货签收仅确认数量与外观，不代表质量验收。
P:（三）系统通过终验后20个工作日内，甲方支付合同总价的35%，计¥969,500。
H:四、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方厂区，并利用甲方停产检修窗口（预计为期18日）完成切换，切换方案须经甲方安全部门审批。
P:（二）浸出车间属于甲类防爆区域，乙方人员进入现场须遵守甲方动火、受限空间作业等安全管理制度，所有进场设备须具备有效的防爆合格证。
P:（三）乙方应指派具有同类油脂浸出项目经验的项目经理常驻现场，未经甲方同意不得更换。项目经理每周向甲方提交书面进度报告，说明已完成工作、下周计划及需甲方配合的事项。
P:（四）乙方应在切换前完成全部组态的工厂测试（FAT），邀请甲方技术人员参加，并提交测试记录。切换完成后，乙方应向甲方移交设备说明书、合格证、组态备份、回路图及操作规程修订稿。
H:五、验收
P:（一）终验标准：1.全部控制回路及安全联锁逐一测试合格，联锁动作记录完整；2.GDS探测器逐点标定，报警值符合设计要求；3.系统在满负荷生产条件下连续稳定运行72小时，无一级故障；4.溶剂损耗计算结果与甲方月度盘点数据偏差不超过5%；5.技术资料、组态备份及竣工图纸齐全。
P:（二）终验由甲方组织，乙方配合。设备安装、投运或甲方付款，均不视为验收合格。验收不合格的，乙方应在10日内整改，重新验收。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起算。质保期内因设备或软件质量问题产生的维修、更换及技术服务，乙方免费提供。
P:（二）故障响应：一级故障（导致浸出生产线停车、安全联锁失效或GDS失效）乙方应在30分钟内电话响应，3小时内到达现场；二级故障（单个回路或操作站故障）2小时内响应，24小时内到场处理；三级故障在3个工作日内处理。
P:（三）乙方未按上款时限响应或到场的，每超时1小时，乙方向甲方支付违约金¥1,000，甲方可从应付款项中直接扣除。
P:（四）乙方应在甲方厂区储备关键卡件备品备件，质保期内备件费用由乙方承担。
P:（五）质保期内乙方每季度对系统进行一次现场巡检，检查冗余切换、接地及机柜环境，并出具巡检报告。
H:七、质保期后维保服务
P:（一）质保期满后，甲方如需乙方继续提供系统维保服务（含定期巡检、软件补丁、备件更换），双方另行签订维保合同。
P:（二）维保服务费用按乙方当年度公布的服务价格标准计取，具体金额届时由乙方报价。
H:八、生产数据安全
P:（一）本系统采集、存储的全部生产数据、工艺参数及操作记录归甲方所有，乙方仅为实施和维护本项目使用。
P:（二）乙方远程访问控制系统须事先经甲方书面审批，通过甲方提供的工业防火墙及专用运维终端进行，访问过程全程记录；乙方不得将组态备份、工艺参数拷贝至甲方厂区以外的介质或网络。
P:（三）乙方应按工业控制系统网络安全防护要求配置系统，关闭不必要的端口和服务，交付前完成病毒查杀及漏洞检测。
P:（四）发生数据丢失、篡改、泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担由此给甲方造成的全部损失。
H:九、知识产权
P:（一）乙方为本项目编写的组态程序、控制逻辑、画面及技术文档归甲方所有，甲方可自行修改或委托第三方修改使用。
P:（二）DCS组态软件及操作系统等标准软件的著作权归原权利人，乙方保证甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因导致甲方非计划停产的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:（一）电缆敷设等辅助施工，乙方可交由具备相应资质的单位实施，但须事先取得甲方书面同意；乙方对分包部分承担全部责任。除此之外乙方不得分包。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:（二）因不可抗力致使本合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交蚌埠仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件1《技术规格书》、附件2《切换方案》为本合同组成部分。
P:（二）本合同未尽事宜，双方可另行协商并以书面形式确定。双方往来通知以本合同首部所列地址送达。
P:甲方（盖章）：江淮粮油工业有限公司　　乙方（盖章）：合肥卓控自动化工程有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2026年__月__日
"""

H349Z03 = """门店点餐及会员管理SaaS服务合同

合同编号：SLHG-IT-2026-008

甲方：四川蜀炉餐饮管理有限公司（“蜀炉火锅”品牌运营方）
住所：成都市锦江区东大街下东大街段216号
乙方：成都云膳科技有限公司
住所：成都市高新区天府大道北段1700号

鉴于甲方在川渝两地经营60家直营火锅门店，拟统一门店点餐、后厨出单及会员营销系统；乙方是餐饮SaaS服务提供商。双方经友好协商，依据《中华人民共和国民法典》等法律法规，就乙方向甲方提供SaaS服务及实施服务事宜达成如下协议。

第一条 服务内容
（1）乙方向甲方60家门店提供“云膳”点餐SaaS服务，包括扫码点餐、服务员手持点餐、后厨分单打印、桌台管理、收银对账及经营报表。
（2）乙方提供会员中台模块，包括会员注册、储值、积分、优惠券、生日营销及小程序商城。
（3）乙方负责实施服务：门店部署、菜品及套餐数据导入、与甲方现有收银POS及财务系统对接、店长及收银员培训。
（4）新开门店可按本合同第二条所列单价增加，门店关闭的，次一服务年度起相应减少。
（5）门店所需小票打印机、手持终端及网络设备由甲方自行采购，乙方提供兼容设备清单，并在实施期间协助完成安装调试。
（6）乙方为甲方设立专属客户成功经理及7×24小时客服热线，负责日常咨询、需求受理及版本更新说明。

第二条 服务期限与费用
（1）服务期为三个服务年度，自全部门店上线验收合格之日起算。
（2）点餐SaaS订阅费：每店每服务年度¥3,600，60家门店合计每服务年度¥216,000，三个服务年度合计¥648,000。
（3）会员中台模块费：每服务年度¥48,000，三个服务年度合计¥144,000。
（4）实施费：¥126,000，一次性收取。
（5）本合同总价为¥918,000（含6%增值税）。短信及支付通道手续费按实际发生由甲方另行承担，不计入合同总价。

第三条 付款
（1）实施费在全部门店上线验收合格后15个工作日内一次性支付。
（2）首个服务年度的订阅费及模块费在全部门店上线验收合格后15个工作日内支付；以后各服务年度的费用在该服务年度开始后15个工作日内支付。
（3）乙方应在收款前开具增值税专用发票。甲方在上线验收前无须支付任何款项。
（4）新增门店的订阅费按该门店当期剩余月数折算，与下一期服务费一并结算。

第四条 上线与验收
（1）乙方应在合同签订后45日内完成全部60家门店的部署上线。
（2）上线验收标准：①全部门店点餐、出单、收银流程跑通，扫码下单至后厨打印不超过3秒；②会员积分、储值余额与迁移前数据逐户核对无差异；③与POS及财务系统的日结对账连续7日无差异；④连续7日试运行期间未发生一级故障。
（3）验收由甲方信息部门组织，验收合格后双方签署上线验收单。门店开始使用系统不视为验收合格。
（4）乙方每逾期一日完成全部门店上线验收的，应按合同总价的0.08%向甲方支付违约金。
（5）因甲方原因（如门店装修、网络未就绪）导致个别门店上线延误的，该门店的上线期限相应顺延。

第五条 服务水平
（1）乙方保证点餐SaaS服务的月可用率不低于99.5%，计划内维护须安排在凌晨2:00至6:00之间并提前48小时通知甲方。
（2）故障分级及响应：一级故障（全部或多家门店无法点餐或收银）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）30分钟内响应，8小时内解决；三级故障（咨询及一般问题）在下一个工作日内答复。
（3）月可用率每低于约定值0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，单月抵扣最高为当月订阅费的50%；一级故障恢复超时的，每超时1小时另行抵扣¥1,000。
（4）乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理过程及抵扣金额，经甲方确认后作为结算依据。
（5）乙方进行版本升级的，应提前7日通知甲方并说明变更内容，升级不得影响门店营业时段的正常使用。

第六条 数据归属与使用
（1）甲方的菜品、订单、交易及会员数据（含会员手机号、消费记录等个人信息）归甲方所有。
（2）甲方同意，乙方可将甲方的订单及会员数据经去标识化、汇总处理后，用于乙方产品优化及餐饮行业分析报告，该等汇总数据及分析成果归乙方所有，本合同终止后乙方仍可继续使用。
（3）合同终止后30日内，乙方应按甲方要求以通用格式导出并移交甲方全部数据，随后删除系统中的甲方原始数据。

第七条 数据安全
（1）乙方应按网络安全等级保护第三级要求运营本服务，数据存储于中国境内，采取加密传输与存储、访问控制、操作日志留存等安全措施。
（2）乙方员工访问甲方数据须经授权并留有记录，不得超出提供服务所需范围。
（3）发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，并负责配合甲方向会员及监管部门履行告知义务。

第八条 保密
（1）双方对在合作中知悉的对方商业秘密，包括甲方的经营数据、门店业绩、菜品配方及营销方案，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

第九条 知识产权
（1）云膳SaaS平台的知识产权归乙方所有。
（2）乙方为甲方定制的报表、小程序页面设计及营销活动模板归甲方所有，甲方可自由使用、修改或交由第三方使用。
（3）乙方保证本服务及所交付的定制内容不侵犯任何第三方的知识产权，由此产生的纠纷由乙方负责处理并承担全部费用。

第十条 续期
（1）服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（2）每次续期时，乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前以书面通知告知甲方新单价。

第十一条 责任限制
（1）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、数据泄露造成的损失除外。

第十二条 分包
（1）乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

第十三条 合同解除
（1）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
（3）合同终止的，乙方应配合甲方完成数据迁移及系统切换，过渡期不少于30日，过渡期内乙方按原标准继续提供服务。
（2）乙方连续两个月月可用率低于约定值的，甲方有权解除本合同，并要求乙方按剩余服务期退还已支付但尚未使用的服务费。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院起诉。

第十五条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）双方指定的联系人及通知地址以本合同首部为准，一方变更的应提前书面通知对方。

甲方（盖章）：四川蜀炉餐饮管理有限公司　　乙方（盖章）：成都云膳科技有限公司
授权代表：__________　　授权代表：__________
日期：2026年__月__日
"""

H349Z04 = """青州市医疗保障局
医保结算信息系统运维服务合同

项目编号：QZCG-2026-CS-0093（竞争性磋商）
采购人（甲方）：青州市医疗保障局
地址：青州市和平路115号医保服务大厅
成交供应商（乙方）：南京衡诚信息服务有限公司
地址：南京市建邺区江东中路359号

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就青州市医保结算信息系统运维服务签订本合同。

1. 服务范围
1.1 乙方负责甲方医保结算信息系统（含定点医药机构结算接口、异地就医结算前置、基金监管子系统及其数据库、中间件、服务器和网络安全设备）的日常运行维护。
1.2 服务内容包括：驻场值守、日常巡检、故障处理、数据库及中间件维护、补丁与版本管理、安全巡检与渗透测试、应急演练、医保年度切换及重大时段保障。
1.3 乙方应派驻不少于6名运维人员，其中项目负责人1名、数据库工程师2名、安全工程师1名，人员名单见附件1。驻场人员变更须提前10个工作日经甲方书面同意。
1.4 驻场时间为工作日8:30至18:00；非工作时间及法定节假日实行电话值守和远程支持，一级故障须按本合同第5.2条时限到场。
1.5 甲方负责提供驻场办公场所、运维终端及必要的系统访问授权，并指定一名联系人负责日常协调。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期满本合同即行终止，不自动续期。甲方如需继续采购，按政府采购程序另行确定供应商，乙方应配合交接。
2.3 服务期结束前30日，乙方应提交交接计划，并在新服务商进场后提供不少于10个工作日的交接支持。

3. 合同金额
3.1 合同总金额为人民币壹佰伍拾万零肆仟元整（¥1,504,000），包括：
（1）驻场运维服务费：¥1,056,000；
（2）数据库及中间件维护费：¥238,000；
（3）安全巡检及渗透测试费：¥146,000；
（4）应急演练及重大时段保障费：¥64,000。
3.2 上述金额已包含人员、差旅、工具、税费等全部费用。服务期内甲方不再另行支付任何费用，但经双方书面确认的新增服务内容除外。

4. 付款方式
4.1 服务费按季度支付，每季度结束后经甲方考核合格，甲方在15个工作日内支付当季服务费，即合同总金额的25%。
4.2 季度考核得分低于90分的，按第6.4条扣减后支付。本合同不设预付款。

5. 服务标准
5.1 医保结算核心服务月可用率不低于99.99%（经甲方同意的计划停机除外）。
5.2 故障分级及响应：
（1）一级故障：全市或多家定点机构无法结算、基金监管系统瘫痪。乙方应在15分钟内响应，30分钟内到场，2小时内恢复结算。
（2）二级故障：单家机构结算异常或非核心功能故障。30分钟内响应，8小时内解决。
（3）三级故障：一般咨询及轻微缺陷。2个工作日内解决。
5.3 乙方每日开展巡检并形成巡检记录，每月5日前提交上月运维报告，每季度提交安全巡检报告，服务期内完成两次渗透测试及一次年度安全评估报告。
5.4 医保年度切换、集中结算等重大时段，乙方应提前制定保障方案，安排专人现场值守。
5.5 乙方对系统进行配置变更、补丁安装或版本升级的，须提前提交变更方案，说明影响范围及回退措施，经甲方审批后在约定窗口内实施，实施后提交变更记录。
5.6 乙方每半年组织一次应急演练，演练场景至少包括数据库主备切换、结算前置机故障及网络中断，演练后提交总结报告及改进措施。

6. 考核与扣款
6.1 甲方按附件2《运维服务考核细则》按季度对乙方进行考核，考核内容包括可用率、故障响应与处理、巡检、报告质量及人员到岗情况。
6.2 一级故障响应、到场或恢复超时的，每超时30分钟扣减当季服务费¥2,000；二级故障超时的，每次扣减¥500。
6.3 月可用率每低于约定值0.01个百分点，扣减当季服务费¥3,000。
6.4 季度考核得分低于90分的，每低1分扣减当季服务费的1%。
6.5 服务期结束时，甲方组织年度验收，验收标准为：全年各季度考核得分均不低于80分；运维文档、配置清单、账号清单完整移交；未发生因乙方原因导致的数据安全事件。

7. 违约责任
7.1 乙方未按约定时间完成驻场人员到位，或逾期提交巡检报告、安全评估报告的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
7.2 乙方在本合同项下对甲方承担的累计赔偿责任（含违约金及扣款），以合同总金额的50%为限。
7.3 乙方违反本合同导致医保基金损失或参保人信息泄露的，依法承担相应法律责任。

8. 数据安全
8.1 医保结算数据、参保人信息、基金数据及系统日志均归甲方所有，乙方仅为履行运维职责在授权范围内访问，不得用于其他任何目的。
8.2 乙方应遵守《数据安全法》《个人信息保护法》及医疗保障数据安全管理规定，所有运维操作通过甲方堡垒机进行并全程审计，禁止将数据拷贝或传输至医保专网以外。
8.3 乙方人员须签署个人保密及安全承诺书。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，由乙方承担全部赔偿责任。

9. 保密
9.1 乙方对履行合同过程中知悉的甲方系统架构、账号口令、参保人信息及其他非公开信息负有保密义务，保密期限不因合同终止而终止。

10. 知识产权
10.1 乙方在服务期内形成的运维文档、脚本、配置清单、应急预案及报告归甲方所有，甲方可自由使用、修改并提供给后续服务商。乙方应在服务期结束前完成全部资料的整理与移交。

11. 分包
11.1 乙方可将机房环境巡检、渗透测试等非主体工作分包给具备相应资质的单位，分包前书面告知甲方即可，乙方对分包单位的工作承担责任。
11.2 分包单位人员进入甲方机房的，应遵守甲方机房管理制度并接受乙方项目负责人管理。

12. 合同解除
12.1 乙方严重违约，或连续两个季度考核得分低于80分，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期结算费用。
12.2 因不可抗力或政策调整致使合同目的无法实现的，双方可协商解除本合同，按实际服务期结算费用。

13. 争议解决
13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方一份，政府采购监管部门备案一份。
14.2 本合同未尽事宜，按磋商文件、响应文件及政府采购相关规定执行。
14.3 附件：附件1 驻场人员名单；附件2 运维服务考核细则；附件3 系统及设备清单。

甲方（盖章）：青州市医疗保障局　　　　乙方（盖章）：南京衡诚信息服务有限公司
代表人：__________　　　　代表人：__________
日期：2025年12月__日
"""

H349Z05 = """# 软件许可及实施服务合同

**（鼎算软件标准合同文本 DS-ERP-2026 版）**

合同编号：DS-2026-HB-0217

甲方（用户）：河北燕京坊食品有限公司（烤鸭生产及连锁门店经营）
地址：河北省廊坊市香河县新兴产业示范区食品园区6号

乙方（供应商）：北京鼎算软件股份有限公司
地址：北京市海淀区上地信息路26号

甲方拟采用乙方“鼎算云ERP”软件管理其烤鸭生产、冷链配送及门店零售业务。双方根据《中华人民共和国民法典》，在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供鼎算云ERP软件永久使用许可，许可模块包括财务、供应链、生产制造、门店零售，许可用户数为80个并发用户。

1.2 乙方根据甲方需求进行定制开发，包括：烤制批次追溯（鸭坯入库、腌制、烤制、包装全程批次记录）、冷链配送温度监控对接、礼盒及团购订单管理。

1.3 乙方提供系统安装部署、基础数据初始化、期初数据导入及用户培训等实施服务。

1.4 软件许可仅限甲方及其直营门店内部使用，甲方不得转让、出租或再许可。新增并发用户的，按乙方届时报价另行购买。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰捌拾万元整（¥1,800,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鼎算云ERP软件许可费（4个模块，80并发用户，永久许可） | 1,280,000 |
| 2 | 定制开发费（批次追溯、冷链对接、礼盒订单） | 360,000 |
| 3 | 实施服务费（部署、数据初始化、培训） | 160,000 |
| | 合计 | 1,800,000 |

2.2 上述价款含增值税。甲方要求的超出本合同附件《需求确认书》范围的变更，乙方另行报价。

2.3 上述价款不包括服务器、操作系统、数据库软件等第三方软硬件的费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥900,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的剩余50%，即¥900,000。

3.3 甲方未按期付款的，乙方有权暂停实施及技术支持服务，工期相应顺延。

## 第四条 实施与交付

4.1 乙方计划在收到预付款后120日内完成系统上线。实施计划由乙方制定，甲方应按乙方要求提供业务资料、配合人员及软硬件环境。

4.2 因需求变更、甲方配合不及时或其他非乙方原因造成的延期，乙方不承担责任。乙方将尽合理努力按计划推进项目，但实施进度仅为预估，不构成乙方的承诺。

4.3 乙方为甲方关键用户提供集中培训不超过10人天，培训地点为甲方廊坊厂区。超出部分按乙方人天单价¥2,800另行收费。

4.4 甲方负责提供服务器、数据库软件、网络及门店终端设备，并保证其满足乙方《系统环境要求》。因甲方环境问题导致的实施延误或系统故障，由甲方自行负责。

4.5 期初数据由甲方按乙方提供的模板整理，乙方协助导入。数据准确性由甲方负责。

## 第五条 验收

5.1 乙方完成系统安装部署并上线运行，即视为甲方验收合格。

5.2 上线运行后甲方发现的问题，乙方在免费维护期内予以处理，不影响验收结论及付款。

## 第六条 免费维护及服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括远程技术支持、缺陷修复及补丁升级。

6.2 维护期内，一级故障（系统无法登录或核心业务无法处理）乙方在8小时内响应，其他故障在2个工作日内响应。乙方将尽力修复故障，但不承诺修复时限。

6.3 乙方不因响应或修复超时向甲方承担任何扣款、赔偿或违约金。

6.4 甲方应通过乙方客服平台或服务热线提交问题，并提供必要的日志、截图及远程连接条件。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的25%计收，即每年¥320,000，于每个维护年度开始前支付。

7.2 年度维护服务包括远程支持、补丁升级及版本更新。现场服务按乙方人天单价另行收费。

7.3 甲方未签订年度维护协议或未按时支付年度维护费的，乙方有权停止提供补丁、版本更新及技术支持，恢复服务时甲方须补缴中断期间的维护费。

## 第八条 知识产权

8.1 鼎算云ERP软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、接口程序及其源代码的知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或转让。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意乙方可将甲方业务数据进行脱敏处理后，用于乙方产品改进、算法训练及食品行业分析，并可在本合同终止后继续使用该等脱敏数据。

9.4 合同终止时，甲方可申请导出其业务数据，乙方按标准格式提供，超出标准格式的导出服务另行收费。

9.3 乙方对其可接触的甲方数据采取访问权限控制、加密存储及操作日志等安全措施。因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合同履行中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十一条 分包

11.1 乙方有权根据项目需要将部分实施、开发工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

12.2 乙方对甲方的利润损失、商誉损失、数据恢复费用等间接损失不承担责任。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，乙方已收取的款项中与已完成工作相对应的部分不予退还。

13.3 因不可抗力导致合同无法履行的，双方互不承担违约责任。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同为乙方标准文本，双方另有书面约定的除外。

15.2 本合同一式四份，甲乙双方各执两份，具有同等法律效力。附件《需求确认书》《系统环境要求》为本合同组成部分。

甲方（盖章）：河北燕京坊食品有限公司　　乙方（盖章）：北京鼎算软件股份有限公司

授权代表：__________　　授权代表：__________

签订日期：2026年__月__日
"""

H349E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AVD-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Suzhou Qingfeng Fan Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 27 Taohuawu Street, Gusu District, Suzhou, Jiangsu Province (the "Buyer"); and
P:(2) Avasi Digital Kft., a limited liability company incorporated in Hungary with its registered office at Szent Anna tér 5, 3530 Miskolc, Hungary (the "Vendor").
P:Background. The Buyer makes folding fans by hand and carves the bamboo and sandalwood ribs on small CNC engravers. It wishes to move its traditional rib patterns into a digital carving workflow. The Vendor publishes RibForm Carver, a design and toolpath application for fine relief carving, and has agreed to license it to the Buyer and to digitise the Buyer's patterns on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means RibForm Carver version 7, its CAM post-processor module and all updates supplied under this Agreement, in object code.
P:1.2 "Pattern Templates" means the carving templates that the Vendor creates from the Buyer's pattern drawings under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the tests in Article 6 have been passed.
P:1.4 "Business Day" means a day on which banks are open in Suzhou.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six named workstations and to drive three CNC engravers at the Buyer's premises in Suzhou.
P:2.2 The Buyer may move a licence to replacement hardware by notice to the Vendor. The Buyer may make one backup copy of the Software.
P:2.3 The Vendor keeps all intellectual property rights in the Software. Nothing in this Agreement gives the Vendor any right in the Buyer's designs or patterns.
H:Article 3 Services
P:3.1 The Vendor shall (a) install and configure the Software on the Buyer's workstations; (b) configure the post-processor for the Buyer's three engravers; (c) digitise one hundred and twenty of the Buyer's traditional rib patterns into Pattern Templates; and (d) train the Buyer's carvers and designers for five days on site.
P:3.2 The Vendor shall deliver the Software and complete installation within forty-five days after the Effective Date, and shall deliver all Pattern Templates within ninety days after the Effective Date.
P:3.3 The Vendor's engineers may work remotely for configuration and template work. On-site work shall be carried out at the Buyer's workshop during working hours agreed with the Buyer.
P:3.4 The Buyer shall provide the pattern drawings, sample ribs of each wood species, access to the workstations and engravers, and a contact person who can decide questions on pattern detail. If the Buyer is late in providing them, the dates in Article 3.2 are extended by the same number of days.
P:3.5 The Vendor shall name a project lead who speaks English and has experience with relief carving, and shall report progress to the Buyer every two weeks by e-mail.
H:Article 4 Price
P:4.1 At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY). The total price is CNY 550,000, fixed, inclusive of Chinese VAT and of all taxes payable in Hungary, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|RibForm Carver perpetual licence|6 seats x 58,000|348,000
TB:2|CAM post-processor module licence|3 engravers x 24,000|72,000
TB:|Licence subtotal||420,000
TB:3|Digitisation of 120 Pattern Templates|lump sum|96,000
TB:4|Installation, configuration and training|lump sum|34,000
TB:|Total price||550,000
P:4.2 The price includes travel and accommodation of the Vendor's staff and all services during the warranty period.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the total price (CNY 110,000) within twenty Business Days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay 55% of the total price (CNY 302,500) within twenty Business Days after the Software has been installed on all six workstations and the Buyer has signed an installation note. The installation note records delivery only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 25% of the total price (CNY 137,500) within twenty Business Days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 After delivery of all Pattern Templates, the parties shall run the acceptance tests in Annex 2, which include: (a) every Pattern Template opens in the Software and produces a toolpath without errors; (b) test ribs carved from twenty templates chosen by the Buyer match the original drawings within a tolerance of 0.03 mm in depth; (c) the post-processor output runs on each of the three engravers without manual editing; and (d) the Buyer's master carver confirms that the carved test ribs are fit for finishing by hand.
P:6.2 If any test fails, the Vendor shall correct the defect and repeat the test within ten Business Days at its own cost.
P:6.3 When all tests have been passed the Buyer shall sign a Final Acceptance certificate. Installation, use of the Software in production or payment does not amount to acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for eighteen months after Final Acceptance the Software will perform materially in accordance with its documentation and the Pattern Templates will conform to Annex 2.
P:7.2 During the warranty period the Vendor shall correct, free of charge, any failure of the Software or the Pattern Templates to meet this warranty, and shall supply all updates and new releases of the Software.
H:Article 8 Support
P:8.1 The Vendor provides support by e-mail and through its online ticket portal. Support requests may be written in English or Chinese; the Vendor may answer in English.
P:8.2 The Vendor will use commercially reasonable efforts to respond to support requests promptly and to correct reproducible errors within a reasonable time. The Vendor does not commit to any particular response time, resolution time or level of service.
P:8.3 Remote sessions require the Buyer's prior approval for each session.
H:Article 9 Maintenance after the Warranty
P:9.1 After the warranty period the Buyer may order annual maintenance, covering updates, new releases and support under Article 8. The annual maintenance fee is 10% of the licence subtotal in Article 4.1, that is CNY 42,000 per maintenance year, and shall not be increased for the first three maintenance years.
P:9.2 Maintenance is ordered by the Buyer's purchase order for each maintenance year and does not renew automatically.
H:Article 10 Intellectual Property in Deliverables
P:10.1 The Pattern Templates, and all rights in them, belong to the Buyer from their creation. The Buyer may use, modify and license them freely, including for use with other software.
P:10.2 The Vendor warrants that the Software does not infringe the rights of any third party and shall defend and indemnify the Buyer against any claim that it does.
H:Article 11 Buyer Data and Security
P:11.1 The Buyer's drawings, pattern files, carving parameters and Pattern Templates ("Buyer Data") belong to the Buyer. The Vendor may use Buyer Data only to perform this Agreement.
P:11.2 The Vendor shall keep Buyer Data received for template work on encrypted storage with access limited to named engineers, shall not transfer it to any third party, and shall delete it within thirty days after Final Acceptance and confirm the deletion in writing.
P:11.3 The Vendor shall notify the Buyer within twenty-four hours of any loss of, or unauthorised access to, Buyer Data and shall be liable for all loss the Buyer suffers from any such incident caused by the Vendor.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Buyer's patterns and production methods and the Vendor's pricing, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 13 Delay
P:13.1 If the Vendor fails to meet a date in Article 3.2, it shall pay the Buyer liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
H:Article 14 Liability
P:14.1 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability under Articles 10.2 and 11.3, to death or personal injury, or to wilful misconduct.
H:Article 15 Subcontracting
P:15.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 16 Termination
P:16.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:16.2 The Buyer may also terminate if the delay damages under Article 13.1 reach their maximum. On termination for the Vendor's breach before Final Acceptance the Vendor shall refund the amounts paid, less the licence fees for Software the Buyer elects to keep.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of Hungary.
P:17.2 Any dispute arising out of this Agreement shall be settled by the competent court of Miskolc, Hungary.
H:Article 18 General
P:18.1 This Agreement is written in English. Notices shall be sent by e-mail and courier to the addresses above.
P:18.3 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Any change must be in writing and signed by both parties.
P:18.2 Annexes: Annex 1 Software documentation summary; Annex 2 Acceptance tests; Annex 3 List of patterns.
P:Signed for the Buyer: ____________________  Name: ____________  Date: ____________
P:Signed for the Vendor: ____________________  Name: ____________  Date: ____________
"""

H349E02 = """# ORDER FORM No. CS-2026-0388

**Cetate Soft S.R.L. — TicketHarbour cloud ticketing**

## PART A — ORDER FORM

**Supplier:** Cetate Soft S.R.L., a Romanian company registered with the Trade Register under J01/1182/2014, Strada Mihai Viteazul 14, 510010 Alba Iulia, Romania ("Cetate").

**Customer:** Huzhou Nanxun Water Town Canal Boat Co., Ltd., No. 8 Baijianlou Road, Nanxun District, Huzhou, Zhejiang Province, PRC (the "Customer").

**Background.** The Customer runs sightseeing boats on the canals of the Nanxun ancient town, with nine boarding piers and a fleet of thirty-two boats. It sells tickets at pier windows, through travel agencies and, since last season, through a WeChat mini-program built by a local agency. It wants one ticketing system for all channels, with timed boarding slots and QR-code boarding at the piers. Cetate provides TicketHarbour, a cloud ticketing service used by boat and ferry operators on rivers and lakes in several countries, and has agreed to supply it to the Customer with a Chinese-language front end and local payment methods.

### A1. Services ordered

TicketHarbour Professional for one operator, nine piers and up to forty sales users, comprising: online and window sales, timed boarding slots and capacity control per boat, agency allotments and settlement, QR-code boarding validation on handheld scanners, refunds and rebooking, and daily sales and passenger-count reports.

Set-up and integration: configuration of routes, piers, boats, fares and slots; a new WeChat mini-program front end under the Customer's own account; integration with the Customer's WeChat Pay and UnionPay merchant accounts; integration with the scanners already owned by the Customer; migration of open agency contracts; and two days of training at Nanxun.

Support: Chinese-language support desk by telephone and WeChat from 07:00 to 22:00 China Standard Time every day, and an on-call engineer outside those hours for Priority 1 incidents.

Capacity: up to 1,200,000 tickets per Subscription Year are included. Cetate will tell the Customer when sales reach four fifths of that volume; any higher volume is agreed in a separate Order.

### A2. Fees

At the Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | per Subscription Year | 186,000 |
| Subscription Fee, Subscription Year 2 | per Subscription Year | 186,000 |
| Set-up and Integration Fee | one-time | 64,000 |
| **Total Order Value** | | **436,000** |

Payment-gateway charges of WeChat Pay and UnionPay are paid by the Customer directly to those providers and are not part of this Order.

### A3. Subscription Term

The Subscription Term is two Subscription Years starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary. This Order does not renew automatically; a further term requires a new Order Form signed by both parties.

### A4. Invoicing and payment

1. Invoice 1, issued on signature of this Order Form, covers the Set-up and Integration Fee and the Subscription Fee for Subscription Year 1 (CNY 250,000) and is payable within fifteen days, before Cetate starts set-up work and before the Go-Live Date.
2. Invoice 2, covering the Subscription Fee for Subscription Year 2 (CNY 186,000), is issued at the start of Subscription Year 2 and is payable within thirty days.
3. Payments are made to Cetate's CNY account stated on the invoice.

### A5. Go-Live

1. Cetate shall make the service ready for Go-Live acceptance within sixty days after receipt of Invoice 1.
2. Go-Live acceptance tests, run jointly at two piers: (a) tickets sold through every channel are validated at the pier scanners; (b) slot capacity cannot be oversold under a load of two hundred concurrent buyers; (c) WeChat Pay and UnionPay settlement files reconcile with the sales report for three consecutive days; (d) refunds and rebooking work end to end. The Customer signs a Go-Live certificate when the tests are passed; selling tickets before that does not count as acceptance.
3. If the service is not ready for Go-Live acceptance by the date in A5.1 for reasons attributable to Cetate, Cetate shall pay the Customer CNY 500 for each day of delay.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

For the Customer: ____________________ Date: __________

For Cetate Soft S.R.L.: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Service levels

1.1 Cetate shall make the sales and boarding functions of TicketHarbour available at least 99.95% of each calendar month, excluding maintenance announced five days in advance and carried out between 23:00 and 06:00 China Standard Time.

1.2 Priority 1 incidents (boarding validation or online sales unavailable at any pier) are answered within thirty minutes and worked on continuously until restored; Priority 2 incidents (one function degraded) are answered within two hours; Priority 3 requests within one Business Day.

1.3 If availability in a month falls below the level in 1.1, Cetate credits the Customer 5% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall, and 10% for each Priority 1 incident not answered in time, up to half of the monthly share per month. Credits are set off against the next invoice.

1.4 Cetate publishes a monthly service report in the customer portal by the fifth Business Day of the following month, showing availability, incidents, response times and credits due. "Business Day" means a working day in the PRC.

1.5 During the peak weeks of the Spring Festival, the May Day holiday and the National Day holiday, Cetate shall not carry out planned maintenance and shall keep an engineer on standby who can reach the Customer's operations room by telephone at any time.

### B2. Customer Data

2.1 Passenger details, ticket and boarding records, agency data and reports ("Customer Data") belong to the Customer. Cetate processes Customer Data only to provide the service to the Customer and for no other purpose.

2.2 Customer Data is hosted in the Alibaba Cloud Hangzhou region and is not transferred outside the PRC. Cetate staff in Romania access it only for support, through logged and multi-factor-authenticated sessions approved by the Customer for each incident.

2.3 Cetate maintains encryption in transit and at rest, role-based access, daily backups kept for thirty days and yearly penetration tests. It shall notify the Customer within twelve hours after becoming aware of any breach of security affecting Customer Data and is responsible for the Customer's losses caused by a breach attributable to Cetate.

2.4 At the end of the Subscription Term Cetate shall return all Customer Data in CSV format and then delete it.

2.5 Cetate shall comply with the PRC Personal Information Protection Law when it handles passenger details on the Customer's behalf, shall show passenger identity numbers only in masked form in reports, and shall help the Customer answer requests from passengers.

### B3. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Order and disclose it only to staff and advisers who need it, for the term and three years after.

### B4. Intellectual property

4.1 TicketHarbour and all its components remain Cetate's property.

4.2 The mini-program front end, route and fare configurations and report templates made for the Customer belong to the Customer, which may use, change and pass them to a successor provider. The mini-program source code is delivered with the Go-Live certificate.

4.3 Cetate shall defend the Customer against any claim that the service infringes a third party's rights and shall pay any damages awarded.

### B5. Subcontractors

Cetate uses Alibaba Cloud as its hosting provider, which the Customer approves by signing this Order. Cetate shall not use any other subcontractor for the service without the Customer's prior written consent.

### B6. Term and termination

6.1 This Order runs until the end of the Subscription Term.

6.2 Neither party may terminate this Order before the end of the Subscription Term. The service credits in B1.3 and the delay payments in A5.3 are the Customer's sole and exclusive remedies for any failure of the service, and any breach of this Order by Cetate gives the Customer a claim for damages but no right to end the Order or withhold fees.

6.3 On expiry Cetate shall support the Customer for up to thirty days in moving to a successor system.

6.4 Either party may suspend performance for as long as a force majeure event prevents it, and shall tell the other party promptly.

### B7. Liability

Cetate's total liability under this Order is limited to twice the Total Order Value. The limit does not apply to breaches of B2 or B3 or to wilful misconduct.

### B8. Law and disputes

This Order is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Huzhou Arbitration Commission for arbitration in Huzhou.

### B9. General

9.1 Notices under this Order are given by e-mail to the contacts named on the signature page and confirmed by letter.

9.2 Neither party may assign this Order without the other party's written consent.

9.3 This Order Form and these General Terms are the whole agreement between the parties on the service. Changes are valid only in writing signed by both parties.

9.4 This Order is signed in English and Chinese; the two texts have equal force.
"""

H349E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR TEA GARDEN WEATHER AND SOIL SENSORS
P:Contract No. LSYW-PUR-2026-06
P:This Contract is made on the date of the last signature below between:
P:Guizhou Leishan Yunwu Tea Garden Co., Ltd., Xijiang Town, Leishan County, Qiandongnan Prefecture, Guizhou Province, PRC (the "Buyer"); and
P:Pirin Sensing EOOD, a company registered in Bulgaria, 12 Tsar Simeon Street, 2770 Bansko, Bulgaria (the "Supplier").
P:The Buyer grows green and black tea on about 6,200 mu of terraced slopes between 900 and 1,500 metres above sea level. Spring frost and long dry spells damage the early buds on which most of its revenue depends. Following its invitation to bid of March 2026, the Buyer has selected the Supplier to supply, install and commission a network of weather stations and soil sensors with a frost-alert platform. This Contract is issued on the Buyer's standard terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install and commission the equipment and software listed in Section 2, develop the frost-alert model and dashboard described in Annex A, and train the Buyer's garden managers and technicians.
P:1.2 The sensor network shall cover all eighteen tea plots shown on the map in Annex B, with one weather station per plot, soil sensors at the depths stated in Annex A, and LoRaWAN coverage of every sensor.
P:1.3 The Supplier shall deliver all equipment to the Buyer's warehouse in Xijiang Town within sixty days after signature and complete installation within a further forty-five days.
P:1.4 Installation work on the terraces shall avoid the spring picking season and shall not damage tea bushes, terraces or drainage channels. The Supplier shall agree the position of each station and cable route with the plot manager before work starts and shall restore any ground it disturbs.
P:1.5 Training shall cover the use of the dashboard and mobile alerts, routine cleaning and calibration checks, battery and solar-panel care, and replacement of a soil sensor. It shall be given in Chinese at the Buyer's office in Xijiang Town for at least twelve named staff, with printed Chinese manuals.
P:1.6 The Supplier shall name a project manager who can communicate in Chinese, directly or through an interpreter paid by the Supplier, and shall report progress every week in writing.
H:Section 2 Price
P:2.1 At the Buyer's request the Contract Price is stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,410,000, fixed, including VAT, import duties, transport to site, installation material and all services during the warranty period.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station (air temperature, humidity, wind, rainfall, solar radiation, leaf wetness)|18|46,000|828,000
TB:2|Soil moisture and temperature sensor, three depths|60|3,800|228,000
TB:3|LoRaWAN gateway with solar power kit|4|12,500|50,000
TB:4|Frost-alert platform software, perpetual licence|1|120,000|120,000
TB:|Hardware and Licence Subtotal|||1,226,000
TB:5|Installation and commissioning|lump sum||96,000
TB:6|Frost-alert model and dashboard (custom)|lump sum||74,000
TB:7|Training|lump sum||14,000
TB:|Contract Price|||1,410,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 282,000) as an advance within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in the PRC.
P:3.2 55% of the Contract Price (CNY 775,500) within twenty days after the Buyer signs the Installation Certificate. The Installation Certificate confirms that the equipment is installed and powered; it is not acceptance.
P:3.3 The remaining 25% of the Contract Price (CNY 352,500) within twenty days after Final Acceptance.
P:3.4 Each payment requires a valid PRC VAT invoice issued by the Supplier's agent in China or an equivalent invoice accepted by the Buyer's tax office. The Buyer pays by bank transfer in CNY; each party bears its own bank charges.
H:Section 4 Acceptance
P:4.1 After installation the system shall run for thirty consecutive days. Final Acceptance requires that: (a) every station and sensor reports to the platform at its configured interval, with no more than two missing readings per sensor on any day; (b) station air-temperature readings agree with the Buyer's calibrated reference thermometer within 0.3 °C at three plots; (c) the frost-alert model issues a test alert to the mobile phones of all listed managers within five minutes of a simulated frost reading; and (d) the documents in Annex C have been handed over.
P:4.2 The Buyer shall issue the Final Acceptance Certificate within ten days after all criteria are met, or give written reasons for refusing it. Installation, use of the system or payment does not amount to acceptance.
P:4.3 If the criteria are not met, the Supplier shall correct the defects at its own cost and the thirty-day run shall be repeated for the affected plots.
H:Section 5 Warranty and Support
P:5.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace defective equipment and correct software errors free of charge, including parts, labour and travel.
P:5.2 Severity 1 faults (the frost-alert platform down, or more than three stations silent, during the frost season from 1 February to 30 April) shall be answered within one hour and restored within twenty-four hours. Other faults shall be answered within one Business Day and corrected within five Business Days.
P:5.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600, deducted from the next payment or claimed under the performance bond.
P:5.4 The Supplier shall keep spare stations and sensors in Guizhou sufficient to replace any two stations within the restoration time.
P:5.5 Before each frost season the Supplier shall inspect every station, check sensor calibration against the reference thermometer, clean the rain gauges and solar panels, and give the Buyer a written inspection report.
P:5.6 Equipment shall be suited to the site: operating range at least minus 20 °C to plus 60 °C, protection class IP65 or better, and lightning protection for every station mast.
H:Section 6 Support after the Warranty
P:6.1 After the warranty period the Buyer may order support and spare-parts service for each following year at 7% of the Hardware and Licence Subtotal, that is CNY 85,820 per year. This fee is fixed for the first three years after the warranty period.
P:6.2 Support is ordered by written purchase order for each year and does not renew automatically.
H:Section 7 Delay
P:7.1 If the Supplier fails to meet a date in Section 1.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 8 Data
P:8.1 All readings, alerts, maps, plot data and reports produced by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The platform shall be installed on the Buyer's cloud account in the Guiyang region. The Supplier's remote access requires the Buyer's approval for each session and is logged; the Supplier shall not copy Buyer Data outside that account.
P:8.3 The Supplier shall protect the system against unauthorised access with strong passwords, encrypted sensor traffic and timely security updates, shall report any security incident to the Buyer within twenty-four hours, and shall be liable for losses caused by incidents attributable to it.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's yield and cost figures, and shall not disclose it without prior written consent, during the Contract and for three years after it ends.
H:Section 10 Intellectual Property
P:10.1 The frost-alert model, its parameters, the dashboard and their source code belong to the Buyer, which may use, modify and license them freely.
P:10.2 The platform software remains the property of its owner and is licensed to the Buyer perpetually.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 8, which are not limited.
P:11.2 The Supplier shall keep insurance for damage to property and injury to persons during installation and shall show the certificate to the Buyer before work on site starts.
H:Section 12 Subcontracting
P:12.1 The Supplier may use a local civil-works contractor for foundations and cable trenches only with the Buyer's prior written consent, and shall not subcontract anything else. The Supplier remains responsible for any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for equipment not yet accepted, the advance-payment guarantee may be called for any amount not refunded, and the Buyer may complete the work with another supplier.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang.
H:Section 15 General
P:15.1 The Supplier shall obtain at its own cost all export licences and import clearances needed for the equipment. The Buyer shall provide site access, a storage room and local power at the gateways where available.
P:15.2 Notices shall be in writing and sent to the addresses above by courier and e-mail.
P:15.3 This Contract is made in English and Chinese, both texts being equally authentic. Annexes A (technical specification), B (plot map) and C (documents to be delivered) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H349E04 = """# MANAGED PRINT SERVICES AGREEMENT

Agreement reference: APS-FS-2026-07

**Between**

**Foshan Shunde Linyue Furniture Co., Ltd.**, Longjiang Town Furniture Industrial Park, Shunde District, Foshan, Guangdong Province, PRC ("Customer")

**and**

**Ardenne Print Services SRL**, Rue Haute 22, 6940 Durbuy, Belgium ("Provider")

**Recitals**

(A) Customer makes upholstered and solid-wood furniture in three factory buildings in Longjiang and runs a showroom and design office in Lecong. It prints large volumes of production drawings, cutting lists, packing labels and export documents.

(B) Provider manages printer fleets for manufacturers and has proposed to take over Customer's printing under a single monthly charge, replacing the mix of owned and leased devices Customer now has.

(C) The parties therefore agree as follows.

## 1. Definitions

1.1 "Devices" means the printers, multifunction devices, label printers and wide-format plotters listed in Schedule 1, and any replacements.

1.2 "Service Start Date" means the date on which Customer signs the Fleet Acceptance Certificate under clause 4.

1.3 "Term" means thirty-six months from the Service Start Date.

1.4 "Business Hours" means 08:00 to 20:00 China Standard Time, Monday to Saturday, excluding PRC public holidays.

## 2. Services

2.1 Provider shall supply, install, configure and maintain the Devices at Customer's sites, supply all toner, ink, drums, maintenance kits and label ribbons (but not paper or label stock), monitor the Devices remotely, and replace any Device that cannot be repaired.

2.2 Provider shall set up secure release printing on all multifunction devices, so that jobs print only after the user authenticates with a staff card, and shall connect the label printers to Customer's warehouse system.

2.3 Provider shall keep one resident technician at the Longjiang site during Business Hours.

2.4 Provider shall give Customer a quarterly report on volumes, costs per department, Device uptime and incidents, with proposals to reduce printing.

2.5 Provider shall move, add or reconfigure up to ten Devices per contract year at no extra charge when Customer reorganises its production lines, on ten Business Days' notice.

2.6 Provider's local service team works from its branch office in Foshan. Provider shall give Customer the names of the resident technician and of the engineers who may access Customer's sites or systems, and shall tell Customer before any change.

## 3. Deployment

3.1 Provider shall install all Devices and remove the old devices listed in Schedule 1 within forty-five days after signature of this Agreement.

3.2 If Provider fails to complete deployment within that time for reasons attributable to it, Provider shall pay Customer CNY 900 for each day of delay, up to CNY 45,000 in total.

3.3 Provider shall plan the deployment with Customer's production managers so that no packing line is without a working label printer for more than two hours, and shall move the old devices' print queues to the new Devices before removing them.

## 4. Fleet Acceptance

4.1 Acceptance tests at each site: (a) every Device prints, copies and scans to e-mail as specified in Schedule 1; (b) secure release works with Customer's staff cards; (c) label printers print test labels from the warehouse system; (d) remote monitoring reports every Device; (e) old devices have been removed and their hard disks handled under clause 8.3.

4.2 When all tests have been passed Customer signs the Fleet Acceptance Certificate. Installation or use of the Devices does not by itself mean acceptance.

## 5. Service levels and credits

5.1 Provider shall respond to and fix incidents within the times in Schedule 2.

5.2 If Provider misses a response or fix time, Customer receives the service credit stated in Schedule 2. Credits are deducted from the next monthly invoice and are without prejudice to Customer's other rights.

5.3 Provider shall keep stocks of consumables on each site sufficient for two weeks of normal printing.

5.4 Response and fix times are measured from the moment an incident is logged with Provider's service desk by telephone, e-mail or the monitoring system, whichever is first, and are reported in the quarterly report under clause 2.4.

## 6. Charges and payment

6.1 At Customer's request all charges are stated and paid in Chinese Yuan (CNY). The charges are set out in Schedule 3.

6.2 The Deployment Fee is invoiced after the Service Start Date. The Monthly Fleet Charge and any Excess Page Charges are invoiced monthly in arrears. Customer pays within thirty days after receipt of a correct VAT invoice. No amount is payable in advance.

6.3 The Monthly Fleet Charge is fixed for the Term.

6.4 Customer may withhold the disputed part of an invoice in good faith and shall pay the undisputed part on time. The parties shall settle the disputed part within thirty days.

## 7. Term and renewal

7.1 This Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written agreement signed by both parties.

7.2 At the end of the Term Provider shall remove its Devices within thirty days, after handling their storage media under clause 8.3.

## 8. Customer Data and security

8.1 Documents, scans, print logs, user lists and card data processed by the Devices or the monitoring system ("Customer Data") belong to Customer and are used by Provider only to perform this Agreement.

8.2 Provider shall encrypt the storage of every multifunction device, keep the remote monitoring system free of document content, restrict access to named engineers, keep Customer Data within the PRC, and apply security updates to the Devices.

8.3 Before any Device leaves a Customer site, Provider shall overwrite its storage media in Customer's presence or leave the media with Customer, and shall record this in writing.

8.4 Provider shall notify Customer within twenty-four hours of any security incident affecting Customer Data and shall be liable for losses caused by incidents attributable to Provider.

## 9. Confidentiality

Each party shall keep confidential all non-public information of the other party, including Customer's furniture designs, drawings and customer lists, and shall not disclose it to any third party without prior written consent, during the Term and for three years after it.

## 10. Intellectual property

Reports, print rules, templates and scripts made for Customer under this Agreement belong to Customer, which may use and change them freely and hand them to another provider.

## 11. Liability

Provider's total liability under this Agreement is limited to 150% of the total charges stated in Schedule 3, except for breach of clauses 8 and 9, personal injury and wilful misconduct, which are not limited.

## 12. Subcontracting

Provider shall not subcontract any part of the services without Customer's prior written consent and remains liable for any approved subcontractor.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within twenty days after notice, or if Provider misses the Priority 1 fix time more than three times in any quarter.

13.2 On termination Provider shall remove its Devices under clause 7.2, and Customer pays the charges due up to the date of termination.

## 14. Governing law and disputes

14.1 This Agreement is governed by the laws of Belgium.

14.2 All disputes arising out of this Agreement shall be finally settled under the Rules of Arbitration of CEPANI by one arbitrator. The seat of arbitration is Brussels and the language is English.

## 15. General

15.1 Notices shall be in writing and sent by courier and e-mail to the addresses above.

15.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

15.3 Neither party may assign this Agreement without the other party's prior written consent.

15.4 A party prevented from performing by force majeure shall notify the other promptly and is excused for as long as the event lasts; if it lasts more than sixty days either party may end this Agreement by notice.

15.5 This Agreement is made in English. A Chinese translation may be prepared for Customer's internal use.

For Customer: ____________________ Date: __________

For Provider: ____________________ Date: __________

## Schedule 1 — Devices

| Site | A4 multifunction | A3 multifunction | Label printers | Wide-format plotters |
|---|---|---|---|---|
| Longjiang factory buildings 1–3 | 18 | 9 | 14 | 2 |
| Longjiang office and warehouse | 7 | 3 | 6 | 0 |
| Lecong showroom and design office | 5 | 2 | 0 | 1 |

## Schedule 2 — Priorities and service credits

| Priority | Definition | Response | Fix | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A label printer on a packing line, or all Devices at a site, out of service | 1 hour | 8 Business Hours | 5% of the Monthly Fleet Charge per incident |
| Priority 2 | Any other Device out of service | 2 Business Hours | next Business Day | 1% of the Monthly Fleet Charge per incident |
| Priority 3 | Degraded function, request or question | next Business Day | 3 Business Days | none |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Fleet Charge (includes 210,000 mono and 38,000 colour pages per month) | per month, 36 months x 31,800 | 1,144,800 |
| Deployment Fee | one-time | 42,000 |
| Total charges | | 1,186,800 |
| Excess Page Charge | per page above the included volume: mono 0.045, colour 0.32 | usage-based |
"""

H349E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION API

Agreement No. EMD-DL-2026-112

BETWEEN

Dalian Haixing Shipping Information Platform Co., Ltd., Room 1805, Dalian Shipping Centre, No. 15 Gangxing Road, Zhongshan District, Dalian, Liaoning Province, PRC ("Customer")

AND

Ennstal Maritime Data GmbH, Stadtplatz 31, 4400 Steyr, Austria ("Vendor")

BACKGROUND

A. Customer operates an online platform on which cargo owners, freight forwarders and ship agents in north-east China book and track sea freight. It needs reliable, near-real-time positions of the vessels carrying its users' cargo.

B. Vendor collects terrestrial and satellite AIS signals, cleans and enriches them, and offers vessel positions, port calls and estimated arrival times through an application programming interface (the "API").

C. Customer wishes to subscribe to the API, and Vendor wishes to provide it, on the terms of this Agreement.

1. DEFINITIONS

1.1 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.2 "Service Start Date" means the date on which Customer signs the Integration Acceptance note under clause 4.

1.3 "Customer Data" means the vessel watchlists, fleet lists, booking references, query parameters, user identifiers and usage logs that Customer or its users send to the API or that the API records about them.

1.4 "Vendor Data" means the vessel positions, port calls, estimated arrival times and other data delivered by the API.

2. SERVICES

2.1 Vendor shall provide Customer with access to the API endpoints listed in the Schedule, at the call volumes stated there, for the Subscription Term.

2.2 Vendor shall provide two onboarding workshops in Dalian, sample code, a test environment and an integration engineer until Integration Acceptance.

2.3 Vendor shall build and hand over to Customer two connectors that load Vendor Data into Customer's tracking database and booking system (the "Connectors").

2.4 Customer may display Vendor Data to its registered users on its platform and in its mobile app. Customer shall not resell Vendor Data in bulk or provide it to another data vendor.

2.5 Vendor shall run a support desk by e-mail and telephone, with English-speaking engineers at all times and a Chinese-speaking coordinator during Customer's working hours, and shall give Customer at least sixty days' notice before retiring or changing any API endpoint that Customer uses.

3. TERM

3.1 The Subscription Term is three Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. Any further term, and the fees for it, must be agreed in a renewal order signed by both parties before the Subscription Term ends.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the production API and the Connectors ready for Integration Acceptance within fifty days after signature.

4.2 Integration Acceptance requires that, over ten consecutive days: (a) positions for all vessels on Customer's test watchlist of five hundred vessels are delivered with a median age of under three minutes in coastal waters; (b) the Connectors load Vendor Data without errors; (c) estimated arrival times for Dalian, Yingkou and Tianjin are delivered for every vessel heading to those ports; and (d) API response times stay under 800 milliseconds for nineteen calls in twenty.

4.3 Customer signs the Integration Acceptance note when the tests are passed. Use of the test environment, or of the API before the note is signed, is not acceptance.

4.4 If Vendor does not make the API and the Connectors ready for Integration Acceptance by the date in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 700 for each day of delay, up to CNY 42,000.

5. SERVICE LEVELS

5.1 Vendor shall keep the production API available at least 99.95% of each calendar month, excluding maintenance announced seventy-two hours in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the API unavailable, or positions older than thirty minutes for more than a fifth of the watchlist) shall be answered within thirty minutes, at any time of day. Priority 2 incidents shall be answered within three hours during Vendor's business hours, and Priority 3 requests within two business days.

5.3 If availability in a month is below the level in clause 5.1, Vendor shall credit Customer 10% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. Each Priority 1 incident not answered in time gives a further credit of CNY 1,000.

5.4 Vendor shall send Customer a monthly service report with availability, latency, data age and credits due.

5.5 Credits are deducted from the next quarterly invoice, or paid to Customer within thirty days after the end of the Subscription Term.

6. FEES AND PAYMENT

6.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of VAT and withholding taxes. The fees are set out in the Schedule.

6.2 The Onboarding Fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, each invoice covering a quarter of the fee for the current Subscription Year. Customer pays within thirty days after receipt of a correct invoice.

6.3 The subscription fee is fixed for the Subscription Term. Calls above the volumes in the Schedule are charged at the overage rate stated there and invoiced with the next quarterly invoice.

6.4 Customer may withhold the disputed part of an invoice in good faith, with written reasons, and shall pay the undisputed part on time. Invoices are issued by Vendor's appointed agent in China.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer.

7.2 Customer grants Vendor a non-exclusive, royalty-free, perpetual licence to use Customer Data in aggregated or de-identified form to improve its vessel-tracking and arrival-prediction models, to produce market and port-congestion statistics, and to develop new products. This licence survives the end of this Agreement.

7.3 On expiry of the Subscription Term Vendor shall, on request, give Customer a copy of its watchlists and fleet lists in CSV format.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business information received under this Agreement, including Customer's user numbers and commercial terms and Vendor's pricing and methods, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This clause applies during the Subscription Term and for three years after it.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API and Vendor Data and grants Customer the rights of use set out in clause 2.4.

9.2 The Connectors, with their source code and documentation, belong to Customer from delivery. Customer may use, modify and license them freely.

10. LIABILITY

10.1 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer under this Agreement in the six months before the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of business or indirect loss. Vendor does not guarantee that vessel positions broadcast by ships are accurate.

11. SUBCONTRACTING

Vendor may use the satellite AIS providers named in the Schedule, whose use Customer approves by signing this Agreement. Vendor shall not subcontract any other part of the services without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.2 Customer may also terminate by written notice if availability is below the level in clause 5.1 in three consecutive months.

12.3 On termination Customer pays the fees due for services provided up to the termination date.

12.4 For up to sixty days after the end of this Agreement Vendor shall keep the API available to Customer at the same fee, pro rata, if Customer needs time to move to another provider.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. GENERAL

14.1 Notices shall be given in writing by courier and e-mail to the addresses above.

14.2 Neither party may assign this Agreement without the other's prior written consent.

14.3 This Agreement, with its Schedule, is the whole agreement of the parties on its subject matter. Changes must be in writing and signed by both parties.

14.4 A party prevented from performing by force majeure, including a failure of satellite networks outside Vendor's control, shall notify the other party promptly and is excused while the event lasts. Fees are reduced in proportion for any period in which the API cannot be provided.

14.5 This Agreement is signed in two English originals, one for each party.

Signed for Customer: ____________________    Date: __________

Signed for Vendor: ____________________    Date: __________

SCHEDULE - ENDPOINTS, VOLUMES AND FEES

Endpoints: live positions by vessel and by area; vessel particulars; port calls; estimated arrival times; historical tracks for the last ninety days.

Included volume: 9,000,000 calls per Subscription Year, and up to 20,000 vessels on watchlists at any time.

Satellite AIS providers approved on signature: the two providers listed in Vendor's proposal of 18 May 2026.

Fees (CNY):
  Subscription fee, Subscription Year 1 ........ 268,000
  Subscription fee, Subscription Year 2 ........ 268,000
  Subscription fee, Subscription Year 3 ........ 268,000
  Onboarding Fee (workshops, Connectors, integration support), one-time ........ 36,000
  Total fees for the Subscription Term ........ 840,000
  Overage: CNY 0.02 per call above the included volume (usage-based, not included in the total).
"""

# ---------------------------------------------------------------- files, labels, checks
STEM = {
    "z01": ("h349z01_natural_resources_planning_monitoring_platform", "pdf", H349Z01),
    "z02": ("h349z02_edible_oil_extraction_control_retrofit", "docx", H349Z02),
    "z03": ("h349z03_hotpot_chain_ordering_membership_saas", "txt", H349Z03),
    "z04": ("h349z04_medical_insurance_settlement_annual_om", "txt", H349Z04),
    "z05": ("h349z05_roast_duck_erp_supplier_template", "md", H349Z05),
    "e01": ("h349e01_fan_rib_carving_licences_hungarian_vendor", "pdf", H349E01),
    "e02": ("h349e02_canal_boat_ticketing_saas_order_form", "md", H349E02),
    "e03": ("h349e03_tea_garden_weather_sensors_buyer_paper", "docx", H349E03),
    "e04": ("h349e04_furniture_managed_print_belgian_provider", "md", H349E04),
    "e05": ("h349e05_vessel_position_api_subscription", "txt", H349E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

GOOD = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per contract: category, contract value, fee base (itemised licence/hardware subtotal, goods only), terms, extra
SPEC = {
    "z01": ("software", 2510000, 1160000,
            dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                 final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
                 contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True)),
    "z02": ("hardware", 2770000, 2264000,
            dict(p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                 final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=None,
                 contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False)),
    "z03": ("cloud", 918000, None,
            dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=0.08,
                 liability_cap_pct=150, auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=True)),
    "z04": ("services", 1504000, None,
            dict(availability_pct=99.99, p1_response_hours=0.25, ld_rate_per_day_pct=0.02, liability_cap_pct=50,
                 subcontract_without_consent=True),
            dict(sla_clause=True, ld_stated=True)),
    "z05": ("software", 1800000, 1280000,
            dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                 liability_cap_pct=20, prepayment_pct=900000 / 1800000 * 100, acceptance_clause=False,
                 final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                 subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True)),
    "e01": ("software", 550000, 420000,
            dict(sla_remedy=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=110000 / 550000 * 100,
                 final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=10,
                 governing_law="Hungary", contract_kind="goods_or_licence"),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True)),
    "e02": ("cloud", 436000, None,
            dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=500 / 436000 * 100,
                 liability_cap_pct=200, prepayment_pct=(64000 + 186000) / 436000 * 100, termination_for_breach=False),
            dict(sla_clause=True, ld_stated=True)),
    "e03": ("hardware", 1410000, 1226000,
            dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                 final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                 contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True)),
    "e04": ("services", 1186800, None,
            dict(p1_response_hours=1, ld_rate_per_day_pct=900 / 1186800 * 100, liability_cap_pct=150,
                 governing_law="Belgium"),
            dict(sla_clause=True, ld_stated=True)),
    "e05": ("cloud", 840000, None,
            dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, buyer_owns_data=False,
                 ld_rate_per_day_pct=700 / 840000 * 100, liability_cap_pct=round(6 / 36 * 100, 4)),
            dict(sla_clause=True, ld_stated=True)),
}

EXPECTED = {
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e02": ["CR-PREPAYMENT", "CR-TERMINATION"],
    "e03": [],
    "e04": ["CR-GOVERNING-LAW"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, value, base, over, extra = SPEC[key]
    t = dict(GOOD)
    t.update(over)
    terms = {k: t[k] for k in TERM_KEYS}
    ex = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    ex["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    ex["contract_value"] = value
    stem, ext, _ = STEM[key]
    return {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": ex, "expected_rules": sorted(EXPECTED[key])}


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    cat, value, base, over, extra = SPEC[key]
    lab = label(key)
    t = lab["expected_terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return value + fees, fees / (value + fees) * 100, years, fees


def derive(key):
    """The rules of policy.md §3 applied to my labels (a consistency check of my own labels, not the project's code)."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
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
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    c = tco(key)
    if c and c[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# threshold figures, in digits, Chinese and words (case-insensitive)
NUMZH = "〇零一二三四五六七八九十百千"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?![0-9])", r"99\.9\s*per\s*cent",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?\b|h\b)", r"(?<![\d.])4-hours?", r"(?<![%s])四\s*个?\s*(?:小时|钟头)" % NUMZH,
    r"(?<!and )(?<![\w-])four[\s-]*hours?\b", r"(?<![\d.,])240\s*(?:minutes?|mins?\b|分钟)", r"二百四十\s*分钟", r"two hundred and forty minutes",
    r"(?<![\d.])0?\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百", r"(?<!and )(?<![\w-])one hundred per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"(?<!and )(?<![\w-])thirty per\s*cent",
    r"(?<![\d.,])12\s*个\s*月", r"(?<![\d.,年])12\s*月(?!\s*[\d_]+\s*日)", r"(?<![\d.,])12[\s-]*months?", r"(?<![%s])十二\s*个\s*月" % NUMZH, r"(?<!and )(?<![\w-])twelve[\s-]*months?",
    r"(?<![%s])一\s*年" % NUMZH, r"(?<!and )(?<![\w-])one[\s-]*years?\b", r"(?<![\d.,])1[\s-]*years?\b",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点])", r"(?<!and )(?<![\w-])fifteen per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"(?<!and )(?<![\w-])forty per\s*cent",
    r"(?<![\d.,])5\s*(?:个)?\s*年", r"(?<![%s])五\s*个?\s*年" % NUMZH, r"(?<!and )(?<![\w-])five[\s-]*years?\b", r"(?<![\d.,])5[\s-]*years?\b",
    r"(?<![\d.,])60[\s-]*(?:months?|个月)", r"六十\s*个\s*月", r"(?<!and )(?<![\w-])sixty[\s-]*months?",
]]
MUST_HIT = ["可用率99.9%", "质保期12月", "12 个月", "99.90%", "4小时内响应", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240 minutes",
            "240分钟", "0.05%", ".05%", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月",
            "十二个月", "12 months", "12-month", "twelve months", "one year", "one-year", "一年", "1 year", "15%",
            "百分之十五", "40%", "百分之四十", "四成", "forty per cent", "5年", "五年", "five years", "5-year",
            "60 months", "60个月", "sixty months"]
MUST_MISS = ["24小时", "二十四小时", "14 hours", "24 hours", "99.95%", "99.99%", "115%", "0.15%", "1.5%", "130%", "140%",
             "25%", "45%", "5%", "0.5%", "四十二个月", "二十二个月", "2025年", "2026年", "十五年", "十一年",
             "fourteen hours", "twenty-four hours", "twenty-one years", "one hundred and forty per cent", "1,240 minutes", "万分之五十", "百分之三十五", "百分之四十五",
             "18 months", "36 months", "thirty-six months", "三年", "每个服务年度", "2026年12月31日", "2025年12月__日", "Subscription Year 1"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in THRESHOLD_RES), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex wrongly hits %s: %s" % (s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


ARITHMETIC = [  # price lines, payment instalments and fee figures as written in the texts
    (1160000 + 820000 + 364000 + 128000 + 38000, 2510000), (502000 + 1129500 + 878500, 2510000),
    (round(1160000 * 0.09), 104400),
    (1086000 + 624000 + 238000 + 316000, 2264000), (2264000 + 286000 + 198000 + 22000, 2770000),
    (277000 + 1523500 + 969500, 2770000),
    (60 * 3600, 216000), (3 * 216000 + 3 * 48000 + 126000, 918000),
    (1056000 + 238000 + 146000 + 64000, 1504000), (4 * round(1504000 * 0.25), 1504000),
    (1280000 + 360000 + 160000, 1800000), (round(1280000 * 0.25), 320000),
    (6 * 58000 + 3 * 24000, 420000), (420000 + 96000 + 34000, 550000), (110000 + 302500 + 137500, 550000),
    (round(420000 * 0.10), 42000),
    (2 * 186000 + 64000, 436000), (64000 + 186000, 250000),
    (18 * 46000 + 60 * 3800 + 4 * 12500 + 120000, 1226000), (1226000 + 96000 + 74000 + 14000, 1410000),
    (282000 + 775500 + 352500, 1410000), (round(1226000 * 0.07), 85820),
    (36 * 31800, 1144800), (1144800 + 42000, 1186800),
    (3 * 268000 + 36000, 840000),
]


def main():
    for got, want in ARITHMETIC:
        assert got == want, (got, want)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, src) in STEM.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    fired = set()
    for key, (stem, ext, src) in STEM.items():
        lab = label(key)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / lab["file"])
        n = len(text) if key[0] == "z" else len(text.split())
        lo, hi = (2800, 3300) if key[0] == "z" else (1500, 1700)
        assert lo <= n <= hi, "%s length %d outside %d-%d" % (key, n, lo, hi)
        hits = threshold_hits(text) + threshold_hits(src)
        assert not hits, "%s threshold figure in text: %s" % (key, hits[:5])
        t = lab["expected_terms"]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - thr) > 1e-6, (key, k)
        c = tco(key)
        assert c is None or abs(c[1] - 40) > 1, (key, c)
        assert derive(key) == lab["expected_rules"], (key, derive(key), lab["expected_rules"])
        fired |= set(lab["expected_rules"])
        print("%s %-58s %s %5d %-6s %s%s" % (key, lab["file"], "chars" if key[0] == "z" else "words", n,
                                           risk(lab["expected_rules"]), ", ".join(lab["expected_rules"]) or "(none)",
                                           "  TCO %.0f share %.2f%%" % (c[0], c[1]) if c else ""))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, "rules never fired: %s" % missing
    mix = sorted(len(EXPECTED[k]) for k in EXPECTED)
    print("all 20 CR rules fire at least once; findings per contract:", mix)


if __name__ == "__main__":
    main()
