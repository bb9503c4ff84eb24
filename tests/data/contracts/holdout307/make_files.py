"""holdout307: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts, their .json labels, prints the expected rules and asserts lengths, thresholds, coverage.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H307Z01 = """T:青岚县林业局森林防火视频监测平台建设项目采购合同
P:合同编号：QLLY-ZC-2026-017　　采购方式：公开招标（项目编号 QLZC2026-GK-0312）
P:甲方（采购人）：青岚县林业局　　地址：青岚县松涛路88号
P:乙方（供应商）：浙江云杉感知科技有限公司　　地址：杭州市余杭区文一西路1218号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就青岚县森林防火视频监测平台建设项目订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方负责在甲方指定的二十四个瞭望点位供货、安装双光谱热成像云台摄像机及配套供电传输设备，部署烟火识别分析服务器和森林防火监测平台软件，完成与省林火卫星监测系统的对接、系统集成和人员培训。
P:1.2 合同价款明细如下（单位：人民币元，含税，含运输、保险、安装及税费）：
TB:序号|名称|数量|单价|金额
TB:1|双光谱热成像云台摄像机（含防雷支架）|24套|86,500|2,076,000
TB:2|烟火识别分析服务器|2台|168,000|336,000
TB:3|森林防火监测平台软件许可（永久）|1套|420,000|420,000
TB:4|太阳能供电及微波传输设备|24套|21,000|504,000
TB:（一）|软硬件小计|||3,336,000
TB:5|安装调试及系统集成|1项|286,000|286,000
TB:6|操作及运维培训|1项|38,000|38,000
TB:合计|人民币叁佰陆拾陆万元整|||3,660,000
P:1.3 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后七十五日内完成全部设备到货、安装和平台部署，并书面提请初步验收。
P:2.2 交付地点为甲方指定的瞭望点位及县林业局指挥中心机房。点位进场须服从甲方护林员的安全管理，严禁在林区吸烟和使用明火。
P:2.3 乙方应在合同签订后十日内提交项目实施计划，列明各点位的进场、立杆、安装和联调时间，经甲方确认后执行；因山区道路或天气原因需要调整的，应提前书面报告甲方。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币732,000元。
P:3.2 全部设备到货并安装完毕、经甲方现场签收后，甲方支付合同总价的45%，即人民币1,647,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币1,281,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 验收
P:4.1 初步验收在安装完成后进行，验收标准为：全部点位视频在线；热成像在三公里距离上对一平方米火点的识别不超过三十秒；烟火识别误报率每点位每日不超过三次；告警信息推送至指挥中心不超过十秒；与省级平台的数据对接连续七日无中断。
P:4.2 初步验收合格后系统进入九十日试运行，试运行期间无一级故障、各项指标持续达标的，由甲方组织最终验收，并邀请专家参加，出具书面验收报告。
P:4.3 设备到货、安装、上线或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第五条 质量保证
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级和巡检服务，每季度对全部点位巡检一次。
P:5.2 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费不超过软硬件小计的8%，即每年不超过人民币266,880元，该标准在质保期满后的两个年度内保持不变。
H:第六条 服务水平
P:6.1 质保期内监测平台月可用率不低于99.95%，计划停机须提前三日经甲方同意，且不安排在防火紧要期。
P:6.2 故障分为三级：一级故障指平台整体不可用或五个以上点位离线，乙方应在30分钟内响应、六小时内到达现场；二级故障指单个点位离线，应在2小时内响应、次日内修复；三级故障指一般功能问题，应在一个工作日内处理。
P:6.3 乙方未按时响应一级故障的，每超时一小时扣减履约保证金人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
H:第七条 知识产权
P:7.1 平台软件及设备内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目定制开发的省级平台对接接口、点位配置及相关源代码和文档，知识产权归甲方所有，乙方应在最终验收时一并移交。
H:第八条 数据安全
P:8.1 监测视频、告警记录、点位坐标等数据均属于甲方，乙方不得留存、复制或用于本合同以外的任何目的。
P:8.2 乙方应落实等级保护要求，远程维护须经甲方审批并通过堡垒机进行，操作全程留痕；发现数据泄露或安全事件的，应在2小时内报告甲方并采取处置措施。
P:8.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方林区资源、点位布设和指挥调度等信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的设备或软件不符合合同约定的，甲方有权要求更换、修复，并要求乙方赔偿由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包
P:11.1 乙方不得转包本项目。铁塔基础土建等非主体工作确需分包的，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。履约保证金在质保期满且乙方无未了结责任后十五个工作日内无息退还。
H:第十五条 不可抗力
P:15.1 因地震、山火、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，相应履行期限顺延。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。合同附件包括：附件一 点位清单；附件二 设备技术参数；附件三 验收测试方案。
P:16.2 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青岚县林业局　　　　乙方（盖章）：浙江云杉感知科技有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H307Z02 = """T:制瓶机控制系统改造合同
P:合同编号：JXBL-JS-2026-046
P:甲方（买方）：江西晶澈玻璃制品有限公司
P:乙方（卖方）：苏州恒瓶自动化工程有限公司
P:鉴于甲方二号车间四台八组行列式制瓶机原有控制系统老化、备件停产，甲方委托乙方进行控制系统整体改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除四台制瓶机原有继电器及老式PLC控制柜，更换为新的PLC控制柜、伺服驱动系统和HMI操作终端。
P:（二）部署成型工艺参数管理软件，实现行列机定时、供料机滴料重量和拨瓶机动作参数的集中管理与配方切换。
P:（三）改造分两次停机实施，每次停机不超过六日，具体时间由甲方根据窑炉生产计划书面确定。
P:（四）乙方负责提供改造后的电气原理图、接线图、PLC程序清单、HMI画面说明及操作维护手册各两套（纸质和电子版各一套）。
P:（五）乙方应对原有控制柜拆除后的电缆进行标识和整理，可利用的电缆经甲方确认后继续使用，其余由乙方按甲方要求运至指定地点。
H:二、合同价款
P:（一）合同总价为人民币2,012,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（每台制瓶机一套）|4台|212,000|848,000
TB:2|伺服驱动及电机组（供料机、拨瓶机）|4套|136,000|544,000
TB:3|HMI触摸屏及定时控制软件许可|4套|48,500|194,000
TB:4|成型工艺参数管理软件|1套|176,000|176,000
TB:|软硬件小计|||1,762,000
TB:5|拆旧、安装及调试|1项|214,000|214,000
TB:6|操作及维修培训|1项|36,000|36,000
TB:|合计|||2,012,000
P:（二）上述价格包含设备、软件、运输、安装、调试、培训及税费，甲方不再另行支付任何费用。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，计人民币201,200元。
P:（二）设备全部到厂并完成第二台制瓶机改造安装后，甲方支付合同总价的55%，计人民币1,106,600元。到厂签收不视为验收。
P:（三）四台制瓶机全部通过最终验收后三十日内，甲方支付合同总价的35%，计人民币704,200元。
H:四、验收
P:（一）每台制瓶机改造完成后进行单机验收，标准为：连续七十二小时生产无控制系统原因停机；机速达到每分钟一百二十个瓶的设计值；滴料重量偏差不超过正负一克；配方切换在十分钟内完成。
P:（二）单机验收由甲方设备部、生产部和乙方共同参加，测试数据以甲方生产管理系统记录为准，双方在测试记录表上签字确认。
P:（三）四台单机验收合格后连续生产三十日，成品率不低于改造前三个月平均水平的，进行最终验收，由双方签署验收证书。
P:（四）安装完成、开机生产或甲方支付到货款，均不构成验收合格。
P:（五）最终验收不合格的，乙方应在十日内完成整改并重新组织验收；两次验收仍不合格的，甲方有权按本合同第十二条处理。
H:五、质保期
P:（一）质保期为六个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的故障，乙方免费维修或更换。
P:（二）质保期内乙方提供远程和现场技术支持，每两个月上门检查一次，检查内容包括控制柜温升、伺服报警记录、备份程序版本和接地电阻。
P:（三）乙方应在甲方厂区存放常用备件一套，包括伺服驱动器、PLC输入输出模块和触摸屏各一件，备件在质保期内免费使用。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度提供维保服务，维保年费固定为软硬件小计的20%，即每年人民币352,400元，在甲方使用本系统期间不作上调。
P:（二）维保服务内容包括定期巡检、备件更换、软件升级和故障维修，服务水平与第七条相同。
P:（三）维保合同每年单独签订，不自动续期。
H:七、服务水平
P:（一）一级故障（整机停机或多组停产）：乙方应在1小时内响应，8小时内到场。
P:（二）二级故障（单组异常、参数漂移）：乙方应在2小时内响应，次日到场。
P:（三）乙方未在约定时间内响应或到场的，每超时一小时，甲方可在应付款或维保费中扣减人民币800元。
H:八、知识产权
P:（一）乙方为甲方定制的PLC程序、HMI画面和工艺配方模板，知识产权归甲方所有，乙方应交付源程序并允许甲方自行修改。
P:（二）乙方原有的标准功能块和软件产品的知识产权仍归乙方，甲方获得永久使用许可。
H:九、数据安全与保密
P:（一）制瓶机运行数据、工艺参数和产量数据属于甲方，乙方不得复制或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方设备部审批，通过甲方提供的VPN接入并保留操作日志；发生数据泄露或被篡改的，乙方应在两小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
P:（三）双方对在合作中获知的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:十、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）乙方累计赔偿责任以合同总价的1.5倍为限，但因乙方故意或重大过失造成的损失除外。
H:十一、分包
P:乙方不得将本合同项下工作转包；电气布线等辅助工作分包的，须事先取得甲方书面同意。
H:十二、合同解除
P:乙方严重违约且经甲方书面通知后十日内未改正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宿迁仲裁委员会仲裁。
H:十四、甲方的义务
P:（一）甲方应按约定安排停机窗口，提供施工用电、压缩空气和必要的起吊设备。
P:（二）甲方应指派设备部负责人作为项目联系人，及时确认改造方案、参数表和测试记录。
P:（三）甲方应在单机验收前提供生产所需的料滴、模具和包装材料，保证测试生产能够连续进行。
H:十五、现场安全
P:（一）乙方人员进入车间应遵守甲方安全生产制度，在窑炉、供料道等高温区域作业须办理动火或高温作业审批，佩戴防护用品。
P:（二）乙方应为其现场人员购买意外伤害保险；因乙方违反安全规定造成人身伤害或财产损失的，由乙方负责。
H:十六、不可抗力
P:因不可抗力不能履行本合同的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，双方协商延长履行期限。
H:十七、培训与技术资料
P:（一）乙方应在第一台制瓶机改造完成前，对甲方电气维修人员进行不少于三日的集中培训，内容包括PLC程序结构、伺服参数整定、HMI操作、常见故障诊断和备件更换。
P:（二）乙方应在每台制瓶机单机验收期间安排工程师跟班指导，确保甲方各班组操作人员能够独立完成开停机、配方切换和一般报警处理。
P:（三）培训结束后乙方应组织考核，并向考核合格人员提供培训记录。
H:十八、通知
P:双方的通知应以书面形式送达本合同首部所列单位，或发送至双方项目负责人的电子邮箱。紧急故障可先以电话通知，事后书面确认。
H:十九、其他
P:（一）本合同附件包括：设备清单及技术参数、改造方案、单机验收测试记录表、培训计划，附件与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江西晶澈玻璃制品有限公司　　乙方（盖章）：苏州恒瓶自动化工程有限公司
P:授权代表：________　　授权代表：________
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H307Z03 = """花漾里连锁花店订单及配送管理系统服务合同

合同编号：HYL-IT-2026-009

甲方：昆明花漾里花艺连锁有限公司
地址：昆明市盘龙区北京路1024号

乙方：深圳市采芯云服科技有限公司
地址：深圳市南山区科技南十二路18号

甲方经营六十家门店，拟统一使用线上订单及配送管理系统。乙方为软件即服务（SaaS）提供方。双方根据《中华人民共和国民法典》，就乙方向甲方提供“花递通”订单及配送管理系统服务及实施事宜，达成如下条款：

第一条 服务内容
（1）乙方向甲方六十家门店及总部提供“花递通”系统的在线使用服务，包括订单管理、花材库存、配送调度、骑手管理、会员及储值模块。
（2）乙方负责实施工作：系统配置、历史订单和会员数据迁移、微信小程序商城搭建、与美团及饿了么外卖平台的订单接口对接，以及门店店长和配送员培训。
（3）服务期为三个服务年度，自系统上线验收合格之日起计算。
（4）乙方为甲方指定一名客户成功经理，负责需求对接、版本更新通知和季度服务回顾；系统功能更新时，乙方应提前七日通知甲方并提供更新说明。

第二条 服务费用
（1）费用构成如下（人民币元，含税）：
    门店端使用费：60家 × 2,600元/家/服务年度 = 156,000元/服务年度
    配送调度模块费：36,000元/服务年度
    服务年度费用小计：192,000元/服务年度，三个服务年度合计576,000元
    一次性实施费：88,000元
    合同总价：664,000元
（2）门店数量在服务期内增加的，新增门店按同一单价按剩余天数计费。
（3）短信通知、电子发票等由第三方收取的通道费用按实际发生额由甲方承担，乙方每月提供明细，不计入合同总价。

第三条 付款方式
（1）本合同签订后十个工作日内，甲方一次性支付实施费及首个服务年度服务费，合计人民币280,000元。
（2）第二、第三个服务年度的服务费，甲方于该服务年度开始前十个工作日内支付。
（3）乙方收款前应开具增值税专用发票。
（4）服务期内新增门店的使用费，于新增门店开通当月结算；门店关闭的，自关闭次月起不再计费，已付费用按剩余天数在下一服务年度服务费中抵扣。

第四条 实施与上线验收
（1）乙方应在收到第三条第（1）项款项后四十五日内完成实施，书面提请上线验收。实施分两批进行：首批十家门店试点运行七日，问题整改后其余五十家门店集中切换，切换应安排在非节日的周一至周三夜间进行。
（2）上线验收标准：六十家门店均能正常下单、出库和派单；历史订单及会员数据迁移完整，储值余额与原系统逐笔核对一致；外卖平台订单在一分钟内同步入系统；配送调度在高峰时段（情人节、母亲节前一周模拟压力测试）页面响应不超过三秒。
（3）验收合格后双方签署上线验收单。甲方门店试用系统不视为验收合格。
（4）上线前乙方应完成分批培训：店长培训侧重订单、库存和报表，配送员培训侧重手机端接单、导航和签收拍照，总部培训侧重会员营销和财务对账，并提供操作视频和图文手册。

第五条 服务水平
（1）乙方保证系统月可用率不低于99.95%，计划维护须提前三日通知甲方，且不得安排在情人节、七夕、母亲节前后三日。
（2）一级故障（全部门店无法下单或派单）：乙方应在30分钟内响应，三小时内恢复；二级故障（部分门店或单一模块异常）：2小时内响应，当日恢复。
（3）乙方每月向甲方提交服务报告，内容包括可用率统计、故障记录及处理情况、系统更新说明和下月维护计划。
（4）月可用率未达承诺值或一级故障响应超时的，乙方按当月服务费的5%至20%不等向甲方抵扣服务费，具体比例见附件《服务抵扣标准》。

第六条 甲方数据
（1）甲方的订单、会员、收货人信息及经营数据归甲方所有。
（2）乙方仅为履行本合同使用甲方数据，不得用于其他目的，也不得向甲方的同业竞争者提供。服务期满后，乙方应在三十日内将数据完整导出交付甲方，并删除其保存的数据。

第七条 保密
（1）双方对在合作中获悉的对方商业秘密、价格信息和经营信息负有保密义务，未经对方书面同意，不得向任何第三方披露。
（2）本条义务在合同终止后三年内继续有效。

第八条 知识产权
（1）“花递通”系统平台的知识产权归乙方所有。
（2）乙方专为甲方开发的小程序页面、外卖接口程序及定制报表，知识产权归甲方所有，甲方可自行修改或委托第三方维护。

第九条 违约责任
（1）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方违反本合同其他约定给甲方造成损失的，应予赔偿。

第十条 续期
（1）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，以此类推。
（2）每次续期时，乙方有权根据市场情况调整服务费标准，调整幅度不超过上一服务年度的8%，甲方应按调整后的标准付费。

第十一条 分包
乙方不得将实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

第十二条 合同解除
（1）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未使用服务期对应的服务费。
（2）甲方逾期付款超过三十日的，乙方有权暂停服务。

第十三条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交昆明仲裁委员会仲裁。

第十四条 甲方义务
（1）甲方应指定项目联系人，按实施计划提供门店信息、商品及花材编码、历史订单和会员数据。
（2）甲方负责门店网络和收银终端的正常运行，并妥善保管各门店账号及密码，因甲方账号管理不善造成的损失由甲方承担。
（3）甲方应按时组织门店人员参加培训和上线验收。
（4）甲方调整门店营业时间、配送范围或商品价格的，应自行在系统中维护，乙方提供操作指导。

第十五条 不可抗力
（1）因地震、洪水、重大公共卫生事件等不可抗力导致服务中断的，受影响方不承担违约责任，但应在三日内书面通知对方并说明情况。
（2）因不可抗力或第三方平台（外卖平台、支付机构）接口故障导致服务中断的，受影响方应及时通知对方并采取措施减少损失；外卖平台接口故障期间，乙方应协助甲方以手工方式录入订单。

第十六条 通知
双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，发出后第二日视为送达。任何一方联系方式变更的，应提前三日书面通知对方。

第十七条 廉洁条款
双方人员不得索取或收受对方的财物和其他利益，不得以任何形式进行商业贿赂。发现违反本条的，守约方有权向对方管理层反映并要求处理。

第十八条 其他
（1）附件《服务抵扣标准》《实施计划》为本合同组成部分。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：昆明花漾里花艺连锁有限公司
代表签字：__________
乙方（盖章）：深圳市采芯云服科技有限公司
代表签字：__________
日期：____年__月__日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H307Z04 = """滨江市公证处公证业务系统年度运维服务合同

项目编号：BJZC-CS-2026-0208（竞争性磋商）
甲方（采购人）：滨江市公证处
乙方（成交供应商）：江苏正衡信息技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，经双方协商一致，签订本合同。

1. 服务范围
1.1 服务对象为甲方公证业务系统，包括受理登记、审批出证、电子卷宗、在线公证、收费管理五个子系统，及其运行所需的应用服务器、数据库服务器和存储设备。
1.2 服务内容包括：驻场运维、日常巡检、数据库维护与备份、安全加固、系统变更与补丁管理、故障处理及应急响应、年度系统健康评估。
1.3 服务期为一个服务年度，自乙方按第4.1款完成交接并经甲方书面确认之日起计算。

2. 服务费用
2.1 本合同总价为人民币440,000元，为固定总价，明细如下：
    驻场运维服务（两名工程师，工作日驻场）：276,000元
    系统巡检及安全加固：48,000元
    数据库运维与备份：62,000元
    应急响应与故障处理：54,000元
2.2 合同总价已包含人员、交通、工具、税费等全部费用。
2.3 服务期内因甲方新增业务模块导致运维工作量明显增加的，双方可依据政府采购有关规定另行协商，未经书面确认的额外工作不计费。

3. 付款方式
3.1 服务费按季度支付，每季度服务费为人民币110,000元。
3.2 每季度结束后，甲方依据第6条季度考核结果，在十五个工作日内支付该季度服务费，考核扣减部分从中扣除。
3.3 本合同不设预付款。
3.4 乙方申请付款时应提交季度服务报告、考核结果确认单和合法有效的发票，甲方按财政国库集中支付程序办理。

4. 服务交接与进场
4.1 乙方应在服务期开始前十日内完成与原运维单位的交接，提交运维服务方案、人员名单及应急预案，并经甲方书面确认。
4.2 驻场工程师须具备数据库和操作系统相关认证，未经甲方同意不得更换。
4.3 交接内容包括：系统架构和部署文档、账号及权限清单、备份策略和历史备份介质、未关闭的故障和变更记录。交接完成后，乙方应在二十日内完成一次全面巡检并提交系统现状评估报告。

5. 服务水平
5.1 公证业务系统月可用率不低于99.5%，按每月系统可用时间除以当月总时间计算，甲方批准的计划停机不计入不可用时间。
5.2 故障分级及响应：
    一级故障（系统整体中断或出证功能不可用）：15分钟内响应，两小时内恢复；
    二级故障（单个子系统或在线公证功能异常）：30分钟内响应，八小时内恢复；
    三级故障（一般问题或咨询）：当日内响应，三个工作日内解决。
5.3 数据库每日增量备份、每周全量备份，每月进行一次恢复演练。
5.4 乙方每日对服务器、数据库、存储和网络安全设备进行巡检，每月提交巡检报告；在重大节假日和公证业务高峰期前，应开展专项检查并提交检查记录。
5.5 系统补丁、配置变更须提前提交变更方案，经甲方信息科批准后在非工作时间实施，并保留回退方案。

6. 考核与验收
6.1 甲方每季度按《运维服务考核表》对乙方进行考核，考核内容包括可用率、故障响应及恢复时间、巡检报告和备份演练记录。
6.2 月可用率低于承诺值的，每低0.1个百分点扣减当季服务费的2%；一级故障响应或恢复超时的，每次扣减人民币1,500元。
6.3 服务期满前，乙方提交年度运维总结和系统健康评估报告，经甲方组织验收合格后出具验收意见。
6.4 年度验收标准：全年各月可用率均达到第5.1款要求或已按第6.2款扣减；全部一级故障均有处理报告；备份恢复演练记录齐全；运维文档、脚本和账号清单完整移交甲方。验收不合格的，乙方应在十五日内整改。

7. 数据安全
7.1 公证卷宗、当事人身份信息及业务数据均属于甲方，乙方不得查询与运维无关的数据，不得复制、留存或带离。
7.2 乙方工程师须通过甲方堡垒机操作，所有操作留存日志；涉及数据修改的，须经甲方信息科书面审批。
7.3 乙方不得在甲方网络中安装与运维无关的软件，运维工具须经甲方安全检测后方可使用；驻场人员的工作电脑不得接入互联网和甲方业务网络的同时连接。
7.4 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿损失。

8. 保密
8.1 乙方及其人员对在服务中接触到的公证事项、当事人信息及甲方内部资料负有保密义务，驻场人员须签署保密承诺书。
8.2 保密义务不因合同终止而解除。

9. 知识产权
9.1 乙方在服务期间形成的运维文档、巡检报告、脚本和应急预案归甲方所有。

10. 违约责任
10.1 乙方未按第4.1款约定按期完成交接，或未按甲方书面整改通知期限完成整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
10.2 一级故障因乙方处置不当导致恢复时间超过约定时限两倍以上的，除按第6.2款扣减外，乙方应向甲方提交书面事故分析报告和整改措施。
10.3 乙方人员违反保密或数据安全约定的，除承担第7条责任外，甲方有权要求更换人员。

11. 分包
11.1 乙方不得将本合同项下服务分包或转包给任何第三方。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或发生严重违约经书面通知后十日内未纠正的，甲方有权解除合同。
12.2 合同期满即终止，不自动续期。后续服务由甲方依法另行采购。

13. 争议解决
13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

14. 人员管理
14.1 乙方应配备项目负责人一名、驻场工程师两名，并提供二线数据库和安全专家支持。驻场人员应遵守甲方考勤和保密管理制度。
14.2 驻场人员因故需要更换的，乙方应提前十日书面申请，替换人员的资质和经验不得低于原人员，并完成工作交接。

15. 甲方义务
15.1 甲方应为驻场人员提供办公场所、网络接入和必要的系统账号。
15.2 甲方应及时组织季度考核，并将考核结果书面告知乙方。
15.3 甲方对系统进行升级改造或引入其他供应商的，应提前通知乙方，乙方应予配合。

16. 不可抗力
16.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商处理。

17. 廉洁与通知
17.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。
17.2 双方通知以书面形式送达合同首部所列单位，紧急事项可先电话通知后补书面材料。

18. 其他
18.1 磋商文件、响应文件及成交通知书为本合同组成部分。
18.2 本合同一式五份，甲方三份、乙方两份，自双方签章之日起生效。

甲方（章）：滨江市公证处　　　　　　乙方（章）：江苏正衡信息技术服务有限公司
代表：__________　　　　　　　　　　代表：__________
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
H307Z05 = """# 麻辣工坊MES生产执行系统软件许可及开发合同

> 本合同采用乙方标准合同文本（芯流软件 MES-HT-2025版）

**合同编号**：XL-MES-2026-0133

**甲方**：湖南辣味坊食品有限公司（地址：平江县工业园食品大道6号）

**乙方**：长沙芯流软件有限公司（地址：长沙市岳麓区麓谷大道627号）

甲方为调味面制品（辣条）生产企业，拟引入生产执行系统。乙方同意向甲方提供MES软件许可并进行定制开发，双方依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予芯流MES平台软件许可，并为甲方定制开发配料称重防错、卤料批次追溯、与金蝶ERP对接等功能。

1.2 软件部署于甲方厂区服务器，覆盖挤压成型、调味拌料、包装三个车间。

1.3 本项目共分需求调研、开发部署、上线运行三个阶段，各阶段的工作计划由乙方项目经理编制并通知甲方。甲方应在收到需求规格说明书后五个工作日内书面确认，逾期未确认的，乙方可按说明书继续开发。

1.4 实施内容包括：需求调研、系统安装部署、基础数据初始化、定制功能开发、接口联调、关键用户培训及上线支持。具体功能以双方确认的《需求规格说明书》为准，需求确认后的变更按乙方人天单价另行计费。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 芯流MES平台软件许可（生产、质量、仓储、设备模块） | 1套 | 560,000 | 560,000 |
| 2 | 车间终端许可 | 30个 | 3,800 | 114,000 |
| | 软件许可小计 | | | 674,000 |
| 3 | 定制开发（配料防错、批次追溯、ERP接口） | 1项 | 420,000 | 420,000 |
| 4 | 实施部署 | 1项 | 96,000 | 96,000 |
| 5 | 培训 | 1项 | 20,000 | 20,000 |
| | **合计** | | | **1,210,000** |

2.1 以上价格含税。甲方所需服务器、网络及操作系统由甲方自备。

2.2 乙方人员到甲方现场实施的差旅费已包含在实施部署费中；超出约定现场人天的，按每人天2,600元另行计费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的60%，即人民币726,000元，乙方收款后启动项目。

3.2 系统上线运行后，甲方支付合同总价的35%，即人民币423,500元。

3.3 系统上线运行满三个月后，甲方支付剩余5%，即人民币60,500元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

3.5 乙方在每次收款前向甲方开具增值税专用发票。甲方逾期付款超过十五日的，乙方有权暂停实施或技术支持，交付期限相应顺延。

## 第四条 交付与验收

4.1 乙方在收到首付款后九十日内完成部署并上线运行。

4.2 乙方完成部署后，书面通知甲方安排上线。上线前乙方对关键用户进行操作培训，并协助甲方完成基础数据导入。

4.3 系统上线运行即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

## 第五条 免费维护

5.1 乙方提供三个月免费维护，自系统上线之日起计算，内容为远程技术支持及缺陷修复。

5.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时有效的服务价格标准另行签订维护合同。

## 第六条 技术支持

6.1 一级故障（生产线停止报工或称重防错失效）：乙方在8小时内响应；二级故障：乙方在两个工作日内响应。

6.2 技术支持方式包括热线电话、远程协助和工单系统，服务时间为工作日9:00至18:00。

6.3 响应时间为乙方服务目标，乙方不因响应或处理超时承担扣款、赔偿或违约金。

## 第七条 知识产权

7.1 芯流MES平台及乙方为甲方定制开发的全部功能、程序、源代码和文档，知识产权均归乙方所有。

7.2 甲方在本合同范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 甲方的生产、配方和质量数据归甲方所有。

8.2 甲方同意乙方可将甲方数据脱敏后用于产品改进、行业模型训练及行业分析报告。

8.3 乙方实施人员需要访问甲方服务器的，应使用甲方分配的账号，不得擅自导出甲方数据。

8.4 乙方应采取访问控制、加密存储等安全措施保护甲方数据；因乙方原因导致数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

## 第九条 保密

9.1 双方对本合同内容及履约中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限，且不承担任何间接损失、利润损失。

## 第十一条 分包

11.1 乙方有权将部分实施及开发工作分包给其合作伙伴，无需另行取得甲方同意，分包方的工作视为乙方的工作。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方应在十五日内向甲方移交已完成的部署文档、基础数据和数据库备份。

12.3 合同解除后，甲方应停止使用乙方软件并删除安装副本。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 甲方义务

14.1 甲方应提供满足乙方要求的服务器、数据库、网络环境及车间终端设备，并指定项目负责人及各车间关键用户。

14.2 甲方应按乙方要求提供物料编码、配方、工艺路线、设备清单等基础数据，并对数据的准确性负责。

14.3 因甲方未及时提供资料或确认需求导致项目延误的，乙方交付期限相应顺延。

## 第十五条 不可抗力

15.1 因不可抗力导致任何一方不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商处理。

15.2 因甲方厂区停电、设备检修或生产计划调整导致乙方无法进场实施的，不视为乙方违约，实施期限相应顺延。

## 第十六条 通知

16.1 双方通知以书面形式送达本合同首部地址，或发送至双方项目负责人的电子邮箱。

## 第十七条 其他

17.1 本合同未尽事宜，双方另行协商并签订书面补充协议。

17.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湖南辣味坊食品有限公司　　　乙方（盖章）：长沙芯流软件有限公司

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H307E01 = """T:Software Licence and Services Agreement - Motif Studio Perpetual Licences
P:Agreement No. MS-CN-2026-0419
P:This Agreement is made between Yangzhou Jinxiang Lacquer Art Studio Co., Ltd., a company registered in Yangzhou, Jiangsu Province, People's Republic of China, with its office at 16 Dongguan Street, Guangling District, Yangzhou (the "Customer"), and Marathi Pattern Systems Ltd., a company incorporated in Greece with its registered seat on Nisida Marathi, Ionian Islands, Greece (the "Vendor").
P:Background: The Customer designs and produces lacquer ware with mother-of-pearl, jade and gold-leaf inlay. It wishes to move its hand-drawn motif archive into a digital pattern system and to drive its laser and micro-cutting equipment from that system. The Vendor publishes the Motif Studio software for decorative inlay design. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Motif Studio design suite and the Inlay Path module, in the versions current at delivery, together with their user documentation.
P:1.2 "Custom Deliverables" means the converted motif library, the cutting templates and any scripts or configuration that the Vendor prepares specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the written confirmation by the Customer under Article 6.3 that the criteria in Article 6.2 have been met.
P:1.4 "Severity 1 Fault" means a fault that stops all design work or prevents the cutting equipment from receiving paths from the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of seats set out in Article 4 at the Customer's premises in Yangzhou, for the Customer's own business.
P:2.2 The Customer may make back-up copies and may move a seat to a replacement workstation after deactivating it on the old one.
P:2.3 The licence survives the expiry of the warranty and of any support period; it ends only if terminated under Article 13.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure the interface to the Customer's two laser engravers and one micro-cutting table, and digitise the Customer's archive of about 1,200 hand-drawn motifs into the Software's vector format.
P:3.2 The Vendor shall train eight designers and two equipment operators in Yangzhou, in Chinese through the Vendor's interpreter, in two sessions of three days each.
P:3.3 The Vendor shall complete installation within 45 days and the motif conversion within 100 days after signature.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The prices include all taxes, travel and delivery costs of the Vendor. The price list is as follows:
TB:Item 1|Motif Studio design suite, perpetual licence|8 seats x CNY 46,500|CNY 372,000
TB:Item 2|Inlay Path cutting module, perpetual licence|2 seats x CNY 58,000|CNY 116,000
TB:Licence Subtotal|||CNY 488,000
TB:Item 3|Motif archive conversion (about 1,200 motifs)|fixed price|CNY 96,000
TB:Item 4|Installation, equipment interface and training|fixed price|CNY 28,000
TB:Contract Price|||CNY 612,000
P:4.2 The Contract Price is fixed. Additional seats ordered within the warranty period shall be charged at the unit prices above.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Contract Price (CNY 61,200) within 15 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 55% of the Contract Price (CNY 336,600) within 20 days after the Software is installed on all seats and connected to the cutting equipment. Installation is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 214,200) within 20 days after Final Acceptance.
P:5.4 Payments shall be made by bank transfer to the Vendor's account stated on its invoice. Bank charges outside China are borne by the Vendor.
H:Article 6 Acceptance
P:6.1 After completing the services in Article 3, the Vendor shall notify the Customer in writing that the system is ready for acceptance testing.
P:6.2 The acceptance criteria are: (a) at least 98% of the converted motifs, checked against the originals by the Customer's senior designer on a sample of 150, reproduce every line and inlay boundary; (b) cutting paths sent to each machine reproduce a test panel within a tolerance of 0.08 mm; (c) all eight design seats and two cutting seats run for ten working days without a Severity 1 Fault; and (d) the documentation is delivered in Chinese and English.
P:6.3 If the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. If not, the Vendor shall correct the deficiencies at its own cost and the test shall be repeated. Use of the Software in production before that date does not mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months from Final Acceptance. During that period the Vendor shall correct defects, provide new versions and answer support requests free of charge.
P:7.2 A Severity 1 Fault shall receive a response from a Vendor engineer within 2 hours during the Customer's working hours (08:30 to 18:00 China time) and a workaround or fix within two working days. Other faults shall receive a response on the next working day.
P:7.3 For each full hour by which the Vendor misses the response time in Article 7.2, the Vendor shall credit the Customer CNY 600 against the next payment or support invoice.
P:7.4 After the warranty, the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 53,680 per support year, fixed for the first three support years. Support continues only if the Customer places an order; it does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including the converted motif library, belong to the Customer from the moment of creation. The Customer may use, modify and license them freely, and the Vendor shall deliver them in an open vector format as well as the Software's own format.
P:8.3 The original motifs remain the Customer's cultural heritage material. The Vendor shall not keep copies after Final Acceptance except those the Customer asks it to keep for support.
H:Article 9 Customer Data and Security
P:9.1 The motif archive, design files and production data are Customer Data. Customer Data belongs to the Customer and may be used by the Vendor only to perform this Agreement.
P:9.2 The Vendor shall access the Customer's systems only by remote sessions opened by the Customer for each occasion, shall use encrypted transfer for any file it receives, and shall not store Customer Data outside the Customer's premises except on encrypted media returned or erased after use.
P:9.3 The Vendor shall notify the Customer within 24 hours of any loss, leak or unauthorised access affecting Customer Data, shall help contain it, and is liable for the damage caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including designs, prices and technical information, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the installation or the motif conversion by the dates in Article 3.3 for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of CNY 700 for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
P:11.3 Neither party is liable for indirect or consequential loss.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The interpreter named in the Vendor's offer is approved by signature of this Agreement.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the items not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, in English, by a sole arbitrator.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 Notices shall be in writing and sent by courier or email to the addresses above. This Agreement is signed in English and Chinese; both versions have equal force.
P:15.3 This Agreement is the whole agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H307E02 = """# Order Form No. KNS-2026-01 - ShuttlePass Ticketing Service

**Provider:** Mohni Transit Software OÜ, a private limited company registered in Estonia, with its seat on Mohni island, Viimsi Parish, Harju County, Estonia ("Provider")

**Customer:** Xinjiang Kanas Scenic Area Tourism Development Co., Ltd., Burqin County, Altay Prefecture, Xinjiang, People's Republic of China ("Customer")

This Order Form (Part A) and the ShuttlePass General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Service

A1.1 Provider shall provide the ShuttlePass cloud ticketing service for the scenic area's shuttle-bus network: online sale of shuttle tickets through the Customer's WeChat mini-program and partner travel platforms, time-slot booking for the Kanas Lake, Hemu Village and Baihaba lines, real-name verification at the boarding gates, and the operations dashboard.

A1.2 The service includes 40 seats of the Validator App for handheld devices used by boarding staff. The handheld devices themselves are supplied by Customer.

A1.3 The service is hosted for Customer in a mainland China data centre operated by Provider's hosting partner listed in Annex 1.

### A2. Subscription Term

A2.1 The initial term is three (3) Subscription Years starting on the Service Start Date. A "Subscription Year" is each successive annual period beginning on the Service Start Date or on one of its anniversaries.

A2.2 The Service Start Date is the date of Go-Live Acceptance under A4.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese yuan (CNY), including VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| ShuttlePass platform subscription | per Subscription Year | 148,000 |
| Validator App, 40 seats | per Subscription Year | 52,000 |
| Subscription fees per Subscription Year | | 200,000 |
| Subscription fees, initial term (3 Subscription Years) | | 600,000 |
| Set-up, integration and training | one-time | 72,000 |
| **Total fees for the initial term** | | **672,000** |
| Tickets above 2,000,000 per Subscription Year | per ticket | 0.08 |

A3.1 The set-up fee covers configuration of the three lines and their time slots, integration with WeChat Pay and two travel platforms, the real-name verification interface, data migration from the current ticketing system and training of 60 staff.

A3.2 Provider shall invoice the set-up fee after Go-Live Acceptance. Provider shall invoice each Subscription Year's subscription fees at the start of that Subscription Year. Customer shall pay each undisputed invoice within 30 days. No fee is payable before Go-Live Acceptance.

### A4. Implementation and Go-Live Acceptance

A4.1 Provider shall make the service ready for Go-Live Acceptance within 60 days after signature, so that it is available before the summer season.

A4.2 Go-Live Acceptance requires that: (a) tickets can be bought and refunded through all three channels, with payment reconciliation matching to the fen over a test week; (b) boarding gates verify a ticket in under two seconds on the handheld devices; (c) the booking page handles 3,000 concurrent users in a load test agreed with Customer; and (d) the historical orders are migrated and reconciled. Customer shall confirm Go-Live Acceptance in writing when the criteria are met. Trial sales during testing are not acceptance.

A4.3 If Provider misses the date in A4.1 for reasons within its control, Provider shall pay Customer CNY 500 for each day of delay until Go-Live Acceptance.

### A5. Service Levels

A5.1 Availability target: 99.95% per calendar month for ticket sales and boarding verification, excluding maintenance windows agreed with Customer. No maintenance may be scheduled between 07:00 and 21:00 from 1 June to 15 October.

A5.2 Priority 1 incidents (ticket sales or boarding verification unavailable for all users) shall receive a response within 30 minutes, at any time, and Provider shall work on them continuously until restored. Priority 2 incidents (one channel or one line affected) shall receive a response within 2 hours. Other requests shall be answered within two business days.

A5.3 If availability in a month falls below the target, Customer receives a service credit of 5% of that month's share of the subscription fees for each started 0.1 percentage point of shortfall, up to half of that monthly share. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 per late hour.

### A6. Signatures

For Provider: ____________________ Name: ____________ Date: ________

For Customer: ____________________ Name: ____________ Date: ________

## Part B - ShuttlePass General Terms

### B1. Use of the Service

B1.1 Provider grants Customer the right to use the service and the Validator App during the term for Customer's scenic-area operations.

B1.2 Customer is responsible for its users' credentials and for the lawful content of its ticket products and prices.

B1.3 Customer shall not resell the service to third parties, attempt to reverse engineer it, or load-test the production environment except in the tests agreed under A4.

B1.4 Provider may update the service from time to time, provided that an update does not materially reduce its functions. Provider shall announce major updates at least 14 days in advance and shall not deploy them during the peak season window in A5.1 without Customer's agreement.

### B2. Renewal

B2.1 After the initial term the Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

B2.2 For each renewal period Provider may increase the subscription fees by up to 6% over the fees of the preceding Subscription Year by notice given at least 90 days before the renewal takes effect.

### B3. Customer Data

B3.1 "Customer Data" means all data that Customer or its visitors enter into the service, including visitor identity data, bookings, payments and boarding records. As between the parties, Customer owns the Customer Data.

B3.2 Provider may use Customer Data to provide and support the service.

B3.3 Customer also grants Provider a perpetual, royalty-free licence to use aggregated and anonymised ridership and booking data derived from Customer Data to improve its products, to train its demand-forecasting models and to publish tourism mobility benchmarks, during and after the term.

### B4. Security

B4.1 Provider shall keep Customer Data in the mainland China data centre named in Annex 1 and shall not transfer it abroad. The service is operated under a level-3 MLPS (cybersecurity classified protection) record held by the hosting partner.

B4.2 Provider shall encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months and test restoration of backups every quarter.

B4.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall help Customer meet its reporting duties under PRC law, and is responsible for losses caused by incidents resulting from its breach of this clause.

### B5. Customer Configurations

B5.1 The line maps, time-slot rules, ticket products and reports configured for Customer ("Customer Configurations") belong to Customer, which may use, copy, modify and hand them to any future provider. The ShuttlePass software remains Provider's property.

### B6. Confidentiality

B6.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This clause survives the Agreement for three years.

### B7. Subcontracting

B7.1 Provider may not subcontract the service or appoint a new sub-processor without Customer's prior written consent. The hosting partner in Annex 1 is approved by signature of the Order Form.

### B8. Liability

B8.1 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.

B8.2 The limit does not apply to personal injury, fraud or wilful misconduct.

### B9. Termination

B9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it.

B9.2 On termination or expiry Provider shall export all Customer Data in a common format within 15 days, and shall then delete it from the service and its backups.

### B10. Governing Law and Disputes

B10.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

B10.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

### B11. General

B11.1 Neither party is liable for failure caused by events beyond its reasonable control, including closure of the scenic area by the authorities.

B11.2 Notices must be given in writing to the addresses in the Order Form. The English text prevails; a Chinese translation is provided for convenience.

B11.3 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business that accepts all its obligations.

B11.4 The Order Form, these General Terms and Annex 1 are the entire agreement of the parties on the service.

## Annex 1 - Hosting Partner

Alibaba Cloud (Urumqi region), operated under the hosting partner's MLPS level-3 record.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H307E03 = """T:Supply and Installation Contract - Vineyard Sensor Network
P:Contract No. HLS-PRC-2026-022
P:Buyer: Ningxia Helan Slope Wine Estate Co., Ltd., Xixia District, Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Strynoe Agro Sensing ApS, a company registered in Denmark with its office on Strynø, Svendborg Municipality, Denmark, acting together with its installation team in Yinchuan (the "Supplier").
P:The Buyer operates 420 hectares of vines on the eastern foothills of the Helan Mountains and wishes to monitor soil moisture, microclimate and vine water stress in order to plan drip irrigation and winter burial. The Supplier was selected in the Buyer's invitation to tender of March 2026. This Contract is issued on the Buyer's standard terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the sensor network described in Section 2, install the vineyard analytics platform on the Buyer's server in the estate's Yinchuan office, and train the Buyer's staff.
P:1.2 The network covers the estate's 36 blocks. Each block receives five soil probes at three depths; six weather stations and forty sap-flow sensors are placed in representative blocks chosen by the Buyer's viticulturist.
P:1.3 The Supplier shall coordinate its field work with the Buyer's vineyard manager so that no sensor is installed in a block during harvest or during winter burial of the vines.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY), inclusive of VAT, customs duties, transport to the estate and insurance until delivery.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, three depths|180|2,350|423,000
TB:2|Automatic weather station with leaf-wetness sensor|6|38,500|231,000
TB:3|LoRaWAN gateway with solar power kit|8|16,800|134,400
TB:4|Sap-flow sensor|40|4,600|184,000
TB:5|Vineyard analytics platform, perpetual licence|1|265,000|265,000
TB:|Hardware and Licence Subtotal|||1,237,400
TB:6|Installation, calibration and integration|1|148,600|148,600
TB:7|Training|1|24,000|24,000
TB:|Contract Price|||1,410,000
P:2.2 The Contract Price is fixed and covers everything needed for a complete working system, except the server and the office network, which the Buyer provides.
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the estate within 50 days after signature and complete installation and commissioning within 90 days after signature.
P:3.2 Equipment shall be packed for road transport over unpaved vineyard tracks, and the Supplier shall handle all import formalities for equipment shipped from Denmark. Spare probes equal to 3% of the installed quantity shall be delivered with the first shipment and remain with the Buyer.
P:3.3 On completion of installation the parties shall sign a Delivery and Installation Certificate confirming quantities and locations. This certificate is not acceptance.
H:Section 4 Payment
P:4.1 The Buyer shall pay 12% of the Contract Price (CNY 169,200) within 20 days after receiving the Supplier's advance-payment bank guarantee for the same amount.
P:4.2 The Buyer shall pay 50% of the Contract Price (CNY 705,000) within 20 days after the Delivery and Installation Certificate is signed.
P:4.3 The Buyer shall pay the remaining 38% of the Contract Price (CNY 535,800) within 20 days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice.
H:Section 5 Acceptance
P:5.1 After installation, the system shall run for 30 consecutive days as a trial. The acceptance criteria are: (a) at least 97% of the expected readings from every probe reach the platform each day; (b) soil-moisture readings deviate by no more than 2 percentage points from gravimetric samples taken by the Buyer in six blocks; (c) weather-station readings agree with a reference instrument within the tolerances in Annex B; (d) the platform produces the irrigation and frost-alert reports listed in Annex B; and (e) no Severity 1 fault occurs in the last 14 days.
P:5.2 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten days. If not, the Supplier shall correct the defects at its own cost and the trial shall be repeated.
P:5.3 Delivery, installation, use of the system or any payment does not by itself constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants all equipment and the licensed platform for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment, including batteries and solar panels, and provide platform updates free of charge.
P:6.2 During the warranty the Supplier shall visit the estate twice per growing season to inspect and recalibrate the probes.
P:6.3 After the warranty, the Buyer may order annual support at 9% of the Hardware and Licence Subtotal, that is CNY 111,366 per year, fixed for the first two support years. Each support year is ordered separately; there is no automatic renewal.
H:Section 7 Service Levels
P:7.1 The analytics platform shall be available at least 99.95% of each month during the warranty, excluding maintenance agreed in advance with the Buyer.
P:7.2 Faults are classified in Annex C. A Severity 1 fault (platform unavailable, or more than a quarter of the sensors offline) shall receive a remote response within 1 hour and an engineer on site within two days during the growing season. A Severity 2 fault (a single gateway or weather station offline) shall receive a response within 8 working hours.
P:7.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 500. For each started 0.01 percentage point by which monthly availability falls short, the Supplier shall pay CNY 800. The Buyer may deduct these amounts from any sum due.
H:Section 8 Intellectual Property
P:8.1 The platform remains the Supplier's property and is licensed to the Buyer perpetually under Section 2.
P:8.2 The block maps, dashboards, irrigation rules, calibration tables and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:Section 9 Data Security
P:9.1 All sensor readings, block maps and estate records are the Buyer's data. They belong to the Buyer and the Supplier may use them only to perform this Contract.
P:9.2 The data is stored on the Buyer's server in Yinchuan. The Supplier may access it only through a remote connection approved by the Buyer for each session, with multi-factor authentication and logging.
P:9.3 The Supplier shall report any leak or unauthorised access within 12 hours, take remedial action and compensate the Buyer for the loss caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information received from the other, including the estate's yields, blends and prices, and shall not disclose it to third parties without prior written consent. This Section survives termination for three years.
H:Section 11 Delay and Liability
P:11.1 If the Supplier fails to complete installation and commissioning on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the payments for any part not accepted and remove its equipment at its own cost if the Buyer so requires.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 15 Buyer's Obligations and Site Rules
P:15.1 The Buyer shall provide the server and office network described in Annex A, access to all blocks during working hours, storage space for the equipment and a staff member who knows the estate's block layout.
P:15.2 The Supplier's staff shall follow the estate's rules on vehicles, spraying schedules and food safety, shall not drive between rows after rain, and shall repair any damage to drip lines, trellis wires or vines caused by its work.
P:15.3 The Buyer shall tell the Supplier in writing of any planned replanting or block changes that require sensors to be moved; moving sensors after Final Acceptance is charged at the rates agreed in Annex A.
H:Section 16 General
P:16.1 Force majeure, including hail and flood, suspends the affected obligations for its duration, provided the affected party gives prompt notice.
P:16.2 The Annexes (A equipment locations, B acceptance tests and reports, C fault classification) form part of this Contract.
P:16.3 Notices shall be in writing and delivered by hand, courier or email to the addresses above. Amendments are valid only if signed by both parties. This Contract is made in English and Chinese, and both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H307E04 = """# Managed Microsoft 365 Administration Services Agreement

**Agreement reference:** LCO-DG-2026-07

**Provider:** Luroey Cloud Operations AS, a Norwegian company with its registered office on Lurøy, Nordland, Norway ("Provider")

**Customer:** Dongguan Happy Bricks Toys Co., Ltd., Chang'an Town, Dongguan, Guangdong Province, People's Republic of China ("Customer")

Customer runs Microsoft 365 operated by 21Vianet in China for about 1,150 users in its factory, design centre and sales office. Customer wishes to outsource the daily administration of that tenant. Provider offers managed administration services delivered from its service desk and a local partner engineer. The parties agree as follows.

## 1. Definitions

1.1 "Tenant" means Customer's Microsoft 365 tenant operated by 21Vianet, including Exchange Online, SharePoint Online, OneDrive, Teams and Entra ID.

1.2 "Services" means the services described in clause 2 and Schedule 1.

1.3 "Tenant Data" means all mailboxes, files, chats, user records, logs and other data held in the Tenant.

1.4 "Incident" means an unplanned interruption or degradation of a Tenant service; its priority is set under Schedule 1.

## 2. Services

2.1 Provider shall administer the Tenant: user lifecycle (joiners, movers and leavers), licence assignment, mailbox and shared-mailbox management, Teams and SharePoint site governance, conditional access and multi-factor authentication policies, mail-flow rules and anti-spam settings, and monthly review of sign-in and audit logs.

2.2 Provider shall operate a service desk in Chinese and English from 08:00 to 20:00 China time on working days, with an on-call engineer for Priority 1 Incidents at all other times.

2.3 Changes to the Tenant that go beyond routine administration, such as a new retention policy, a new Teams structure or a migration of shared drives, are handled as change requests. Provider shall give a written estimate of effort and Customer shall approve it before the work starts; approved work is charged at the day rate in Schedule 2.

2.4 Provider shall deliver a monthly service report with ticket statistics, licence usage, security alerts and recommendations, and shall hold a monthly service review with Customer's IT manager.

2.5 Once per quarter Provider shall review the Tenant's security configuration against the Microsoft secure-score recommendations available for the 21Vianet cloud and shall propose improvements in writing. Customer decides which improvements are implemented.

## 3. Onboarding

3.1 Provider shall carry out the onboarding: documenting the Tenant, taking over administrative accounts, setting up privileged-access controls, agreeing runbooks with Customer and migrating open tickets from Customer's current tool.

3.2 Provider will use reasonable efforts to complete onboarding within 30 days after signature. A later completion does not give rise to any payment or compensation by Provider.

3.3 Onboarding is accepted when Customer confirms in writing that (a) all administrative accounts have been rotated and placed under privileged-access control, (b) the runbooks in Schedule 3 are agreed, (c) the service desk has handled test tickets from each site, and (d) the baseline security report has been delivered. Starting to use the service desk is not acceptance.

## 4. Term

4.1 This Agreement starts on signature and continues for an Initial Term of twenty-four (24) months from Onboarding Acceptance. It then ends unless the parties sign a written extension; there is no automatic renewal.

## 5. Charges and Payment

5.1 At Customer's request all charges are in Chinese yuan (CNY), including VAT, as set out in Schedule 2.

5.2 Provider shall invoice the onboarding charge after Onboarding Acceptance and the monthly service charge monthly in arrears. Customer shall pay each invoice within 30 days. No amount is payable in advance.

5.3 Microsoft 365 licences are bought by Customer directly from 21Vianet and are not part of the charges.

## 6. Service Levels

6.1 Provider shall respond to and work on Incidents within the targets in Schedule 1.

6.2 The targets in Schedule 1 are service objectives. Missing a target does not entitle Customer to service credits, fee reductions, damages or any other compensation; Provider shall explain the cause in the next monthly service review.

## 7. Customer Obligations

7.1 Customer shall name an IT manager as contact, give Provider the access it needs and tell Provider promptly of organisational changes that affect user accounts.

7.2 Customer remains responsible for its licences with 21Vianet and for decisions on its policies.

7.3 Customer shall keep at least one break-glass global administrator account under its own control and shall not share its credentials with Provider. Customer shall test that account once per quarter together with Provider, and shall store the test record with the monthly service report.

7.4 Customer shall make sure that its employees use the service desk channels in clause 2.2 for requests, so that tickets can be tracked and reported.

## 8. Tenant Data and Security

8.1 Tenant Data belongs to Customer. Provider may access and process Tenant Data only to perform the Services and on Customer's documented instructions.

8.2 Provider shall use named administrator accounts with multi-factor authentication and just-in-time elevation, shall not export Tenant Data outside the Tenant, shall keep Tenant Data in mainland China and shall log every administrative action.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Tenant Data, shall help Customer investigate and report it, and is liable for the damage caused by its breach of this clause 8.

## 9. Re-performance

9.1 If a Service is not performed in accordance with this Agreement, Provider shall perform it again without charge. This is Customer's remedy for any failure in the performance of the Services.

## 10. Intellectual Property

10.1 Scripts, policies, runbooks and documentation written by Provider for Customer belong to Customer, which may use, modify and give them to any later provider. Provider's own tools and know-how remain Provider's property.

## 11. Confidentiality

11.1 Each party shall keep confidential the other party's non-public information, including product designs, customer lists and prices, and shall use it only for this Agreement. This duty lasts for three years after the Agreement ends.

## 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term, except for wilful misconduct and breach of clauses 8 and 11.

12.2 Neither party is liable for indirect loss, loss of profit or loss of business.

## 13. Subcontracting

13.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. The local partner engineer named in Schedule 2 is approved on signature.

## 14. Duration and Ending

14.1 Neither party may terminate this Agreement before the end of the Initial Term, except by written notice if the other party becomes insolvent or ceases business.

14.2 On expiry Provider shall hand over all accounts, runbooks and open tickets to Customer or its new provider within 15 days and shall remove its own access.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan.

## 16. General

16.1 Neither party is liable for failures caused by events beyond its reasonable control, including outages of the 21Vianet platform itself.

16.2 Amendments must be in writing and signed by both parties. Notices are given by email to the contacts named in Schedule 2.

16.3 Neither party may assign this Agreement without the other party's prior written consent.

16.4 This Agreement, with its Schedules, is the entire agreement between the parties on the Services and replaces any earlier proposals.

For Provider: ____________________ For Customer: ____________________

## Schedule 1 - Incident Priorities and Targets

| Priority | Description | Response target | Work target |
|---|---|---|---|
| P1 | Sign-in, mail or Teams unavailable for a whole site, or a suspected account compromise | 30 minutes, at all times | continuous until restored |
| P2 | A service degraded for many users, or unavailable for a single department | 2 hours in service-desk hours | same working day |
| P3 | A single user affected, or a standard request | 8 service-desk hours | 3 working days |
| P4 | Questions and advice | 2 working days | as agreed |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 42,000 |
| Monthly service charge, up to 1,200 users | per month, 24 months | 31,500 |
| Monthly service charges, Initial Term | 24 x 31,500 | 756,000 |
| **Total charges for the Initial Term** | | **798,000** |
| Additional users above 1,200 | per user per month | 25 |
| Approved change requests | per engineer day | 3,200 |

Local partner engineer: Dongguan Qiaotong Information Technology Co., Ltd.

## Schedule 3 - Runbooks

Joiner / mover / leaver, licence assignment, mailbox restore, shared-mailbox access, guest access approval, conditional-access change, suspected compromise response.

Each runbook names the requester who may raise the request, the approver on Customer's side, the steps Provider performs and the record kept in the ticket. Runbooks are reviewed at the monthly service review and updated by agreement.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H307E05 = """API SUBSCRIPTION AGREEMENT - DRIVER SCREENING SERVICE

Agreement No. IV-CN-2026-031

BETWEEN

IST VERIFY D.O.O., a limited liability company registered in Croatia, with its seat on Otok Ist, Zadar County, Croatia ("Vendor"); and

HANGZHOU QINGXING MOBILITY TECHNOLOGY CO., LTD., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer operates a ride-hailing platform and must screen every driver applicant before the applicant is allowed to accept trips, as required by the rules on online ride-hailing services. Vendor provides an application programming interface (the "API") that checks an applicant's identity document, driving licence status, driving record and the other items listed in the Schedule, through Vendor's licensed data partner in mainland China. The parties agree as follows.

1. DEFINITIONS

1.1 "Check" means one request through the API about one applicant, returning a result for each item in the Schedule.

1.2 "Applicant Data" means the personal information of applicants and drivers that Customer sends through the API, and the results returned to Customer.

1.3 "Subscription Year" means each successive annual period starting on the Service Start Date or on one of its anniversaries.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SERVICE

2.1 Vendor shall provide Customer with access to the production API, a sandbox environment, API keys for Customer's systems and the technical documentation.

2.2 Each Check returns a structured result for every item in the Schedule, with the source and the date of the underlying record.

2.3 Vendor shall notify Customer at least 30 days before any change to the API that is not backwards compatible, and shall keep the previous API version running for at least 90 days after the new version is released, so that Customer can migrate without interrupting driver onboarding.

2.4 Customer shall use the API only to screen applicants and active drivers of its own platform, shall send only the data fields required for each Check, and shall not resell results or use them for marketing.

2.5 Customer is responsible for obtaining each applicant's separate consent to the Check and for informing applicants of the purpose, the items checked and the data partner, using the consent text agreed with Vendor during integration.

3. TERM AND RENEWAL

3.1 The initial term is two (2) Subscription Years.

3.2 After the initial term this Agreement renews for one further Subscription Year at a time, at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall support Customer's integration team and deliver the adapters for Customer's onboarding system described in the Schedule within 40 days after signature.

4.2 Integration Acceptance requires that: (a) 500 test Checks in the sandbox return complete results in the agreed format; (b) 200 Checks on consenting staff volunteers in production match the results of a manual verification by Customer's compliance team; (c) the error codes in the documentation are returned correctly for the listed error cases; and (d) the daily reconciliation file agrees with Customer's own request log for five consecutive days. Customer shall confirm Integration Acceptance in writing once the criteria are met. Use of the API before that date is not acceptance.

4.3 If Vendor fails to deliver the adapters or to make the production API ready for the tests by the date in clause 4.1, for reasons within its control, Vendor shall pay Customer CNY 400 for each day of delay.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY), including VAT. The fees are listed in the Schedule.

5.2 Vendor shall invoice the integration fee after Integration Acceptance, and the subscription fee of each Subscription Year at the start of that Subscription Year. Checks above the included volume are invoiced monthly in arrears.

5.3 Customer shall pay each undisputed invoice within 30 days of receipt. No fee is due before the Service Start Date.

5.4 Checks that fail because of an error on Vendor's side, or that return no result from the data partner, are not counted against the included volume and are not charged.

5.5 Vendor shall provide a monthly usage statement listing the number of Checks by day and by result type, which Customer may reconcile with its own log.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests promptly during Vendor's business hours.

6.2 Vendor may carry out maintenance from time to time and will try to give Customer advance notice of planned maintenance.

7. APPLICANT DATA AND SECURITY

7.1 Applicant Data belongs to Customer. Vendor processes Applicant Data only on Customer's instructions and only to perform the Checks; it shall not use it for any other purpose, build profiles from it or keep it after the retention period in clause 7.4.

7.2 Vendor shall process Applicant Data only in mainland China, through its data partner named in the Schedule, in accordance with the Personal Information Protection Law of the People's Republic of China and the data-processing terms signed together with this Agreement.

7.3 Vendor shall encrypt Applicant Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months and have its security controls audited once per Subscription Year, giving Customer a summary of the results.

7.4 Vendor shall delete Applicant Data 30 days after returning the result of a Check, unless Customer instructs otherwise in writing.

7.5 Customer may, once per Subscription Year and on 20 days' notice, audit Vendor's compliance with this clause 7 by questionnaire and by a remote review of the relevant records, or rely on an independent audit report supplied by Vendor.

7.6 Vendor shall notify Customer within 24 hours of becoming aware of any leak of or unauthorised access to Applicant Data, shall help Customer notify regulators and affected persons, and is liable for all losses, fines and claims resulting from a breach of this clause 7 by Vendor or its data partner.

8. CUSTOMER DELIVERABLES

8.1 The adapters, mapping tables and scripts that Vendor prepares for Customer's onboarding system belong to Customer, which may use, modify and license them freely. The API and Vendor's software remain Vendor's property.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract any part of the service, or replace the data partner named in the Schedule, without Customer's prior written consent.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term set out in the Schedule, except for personal injury, fraud, wilful misconduct and breach of clause 7.

10.2 Neither party is liable for loss of profit or indirect loss.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

11.2 Customer may also terminate with immediate effect if a regulator orders Customer to stop using the service.

11.3 On termination Vendor shall refund any subscription fee paid for the period after termination, except where Customer terminates without cause.

12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

13. GENERAL

13.1 Neither party is liable for delay caused by events beyond its reasonable control, including outages of public data sources.

13.2 Notices shall be in writing and sent to the addresses above by courier or email. This Agreement is written in English; a Chinese translation is provided for reference.

13.3 This Agreement and the data-processing terms are the entire agreement between the parties on their subject.

13.4 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the whole of the relevant business.

SIGNED

For Vendor: ____________________    Name and title: ____________________

For Customer: ____________________    Name and title: ____________________

SCHEDULE - SERVICE ITEMS AND FEES

A. Items returned for each Check

1. Identity document verification against the national identity database (through the data partner).
2. Driving licence status, class and date of first issue.
3. Driving record: traffic offences with points and suspensions in the period allowed by law.
4. Records of offences that bar an applicant from ride-hailing work under the applicable rules, where the data partner is authorised to return them.
5. Vehicle registration match for the vehicle the applicant declares.

B. Data partner

Zhejiang Xinhe Credit Information Services Co., Ltd., Hangzhou.

C. Fees (CNY, including VAT)

Subscription fee per Subscription Year, including 150,000 Checks ......... 186,000
Subscription fees for the initial term (2 Subscription Years) ........... 372,000
Integration fee, one-time (adapters and acceptance support) ............. 38,000
Total fees for the initial term .......................................... 410,000
Each Check above the included volume ..................................... 1.20

D. Adapters

Adapters for Customer's driver onboarding system (REST, Java) and for its compliance case tool, with mapping tables for the results above.
"""

# ================================================================ files and labels
# key -> (file name, format, language, source)
FILES = {
    "h307z01": ("h307z01_forestry_bureau_fire_watch_video_platform.pdf", "pdf", "zh", H307Z01),
    "h307z02": ("h307z02_glass_bottle_is_machine_control_retrofit.docx", "docx", "zh", H307Z02),
    "h307z03": ("h307z03_flower_chain_order_delivery_saas.txt", "txt", "zh", H307Z03),
    "h307z04": ("h307z04_notary_office_system_annual_om.txt", "txt", "zh", H307Z04),
    "h307z05": ("h307z05_spicy_snack_mes_supplier_template.md", "md", "zh", H307Z05),
    "h307e01": ("h307e01_lacquer_inlay_pattern_software_greek_vendor.pdf", "pdf", "en", H307E01),
    "h307e02": ("h307e02_scenic_shuttle_ticketing_saas_order_form.md", "md", "en", H307E02),
    "h307e03": ("h307e03_wine_estate_vineyard_sensor_network.docx", "docx", "en", H307E03),
    "h307e04": ("h307e04_toy_maker_managed_m365_administration.md", "md", "en", H307E04),
    "h307e05": ("h307e05_ride_hailing_driver_screening_api.txt", "txt", "en", H307E05),
}

T, F, N = True, False, None
GOODS, SERVICE = "goods_or_licence", "service"


def label(key, category, value, avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warranty, pwf,
          auto, term, sub, law, kind, sla, ld_stated, capped, deemed, rules):
    terms = {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
             "data_security_clause": ds, "buyer_owns_data": owns, "confidentiality": conf,
             "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
             "final_payment_on_acceptance": final, "warranty_months": warranty, "post_warranty_fee_pct": pwf,
             "auto_renewal_price_increase": auto, "termination_for_breach": term,
             "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == GOODS:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    name, fmt, lang, _ = FILES[key]
    return {"file": name, "language": lang, "category": category, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted("CR-" + r for r in rules)}


# fee base (itemised hardware / licence subtotal) for the TCO of goods_or_licence contracts
FEE_BASE = {"h307z01": 3336000, "h307z02": 1762000, "h307z05": 674000, "h307e01": 488000, "h307e03": 1237400}
# instalment shares of one-off prices (%), to check that none is 30 or 40
SHARES = {"h307z01": [20, 45, 35], "h307z02": [10, 55, 35], "h307z05": [60, 35, 5], "h307e01": [10, 55, 35],
          "h307e03": [12, 50, 38]}
# forum outside mainland China (CR-GOVERNING-LAW also with PRC law)
FOREIGN_FORUM = {"h307e01"}

LABELS = {
    "h307z01": label("h307z01", "hardware", 3660000, 99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 8,
                     F, T, F, "PRC", GOODS, T, T, T, F, []),
    "h307z02": label("h307z02", "hardware", 2012000, N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 6, 20,
                     F, T, F, "PRC", GOODS, T, T, T, F, ["POST-WARRANTY-FEE", "TCO-SERVICE-SHARE", "WARRANTY"]),
    "h307z03": label("h307z03", "cloud", 664000, 99.95, 0.5, T, "buyer", F, T, T, 0.1, N, 280000 / 664000 * 100, T, N,
                     N, N, T, T, F, "PRC", SERVICE, T, T, N, F, ["AUTO-RENEWAL", "DATA-SECURITY", "PREPAYMENT"]),
    "h307z04": label("h307z04", "services", 440000, 99.5, 0.25, T, "buyer", T, T, T, 0.03, N, N, T, N, N, N,
                     F, T, F, "PRC", SERVICE, T, T, N, F, ["LD-LOW", "SLA-AVAILABILITY"]),
    "h307z05": label("h307z05", "software", 1210000, N, 8, F, "supplier", T, F, T, 0.02, 20, 60, F, F, 3, N,
                     F, T, T, N, GOODS, T, T, F, T,
                     ["ACCEPTANCE", "DATA-OWNERSHIP", "IP-OWNERSHIP", "LD-LOW", "LIABILITY-CAP", "POST-WARRANTY-FEE",
                      "PREPAYMENT", "SLA-NO-REMEDY", "SLA-RESPONSE", "SUBCONTRACT", "WARRANTY"]),
    "h307e01": label("h307e01", "software", 612000, N, 2, T, "buyer", T, T, T, 700 / 612000 * 100, 150, 10, T, T, 24,
                     11, F, T, F, "Greece", GOODS, T, T, T, F, ["GOVERNING-LAW"]),
    "h307e02": label("h307e02", "cloud", 672000, 99.95, 0.5, T, "buyer", T, F, T, 500 / 672000 * 100,
                     round(6 / 36 * 100, 4), N, T, N, N, N, T, T, F, "PRC", SERVICE, T, T, N, F,
                     ["AUTO-RENEWAL", "DATA-OWNERSHIP", "LIABILITY-CAP"]),
    "h307e03": label("h307e03", "hardware", 1410000, 99.95, 1, T, "buyer", T, T, T, 0.1, 200, 12, T, T, 36, 9,
                     F, T, F, "PRC", GOODS, T, T, T, F, []),
    "h307e04": label("h307e04", "services", 798000, N, 0.5, F, "buyer", T, T, T, N, 150, N, T, N, N, N,
                     F, F, F, "PRC", SERVICE, T, F, N, F, ["LD-MISSING", "SLA-NO-REMEDY", "TERMINATION"]),
    "h307e05": label("h307e05", "cloud", 410000, N, N, F, "buyer", T, T, F, 400 / 410000 * 100, 150, N, T, N, N, N,
                     F, T, F, "PRC", SERVICE, F, T, N, F, ["CONFIDENTIALITY", "SLA-MISSING", "SLA-RESPONSE"]),
}
EXPECTED_RISK = {"h307z01": "low", "h307z02": "high", "h307z03": "high", "h307z04": "medium", "h307z05": "high",
                 "h307e01": "low", "h307e02": "medium", "h307e03": "low", "h307e04": "high", "h307e05": "high"}

SEVERITY = {"SLA-MISSING": "high", "SLA-AVAILABILITY": "medium", "SLA-RESPONSE": "medium", "SLA-NO-REMEDY": "medium",
            "IP-OWNERSHIP": "high", "DATA-SECURITY": "high", "DATA-OWNERSHIP": "medium", "CONFIDENTIALITY": "medium",
            "LD-MISSING": "high", "LD-LOW": "medium", "LIABILITY-CAP": "medium", "PREPAYMENT": "medium",
            "ACCEPTANCE": "high", "WARRANTY": "medium", "POST-WARRANTY-FEE": "high", "AUTO-RENEWAL": "medium",
            "TERMINATION": "medium", "SUBCONTRACT": "medium", "GOVERNING-LAW": "low", "TCO-SERVICE-SHARE": "medium"}


def tco(key):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value."""
    lab = LABELS[key]
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != GOODS or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def policy_rules(key):
    """My own reading of policy.md §3 applied to my labels (a cross-check of the hand-written rule lists)."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("ACCEPTANCE")
    if t["contract_kind"] == GOODS:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("POST-WARRANTY-FEE")
        c = tco(key)
        if c and c[2] > 40:
            r.add("TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("GOVERNING-LAW")
    return sorted("CR-" + x for x in r)


def risk(rules):
    sev = {SEVERITY[r[3:]] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ threshold scan
W = r"\s*"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![零一二三四五六七八九])"],
    "P1 response 4 hours": [r"(?<![\d.])4\s*个?\s*(?:小时|钟头|h\b|hrs?\b|hours?\b|-hour)",
                            r"(?<![十一二三四五六七八九百零〇两])四\s*个?\s*(?:小时|钟头)",
                            r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?\b", r"(?<![\d.])240\s*(?:分钟|min\b|mins\b|minutes?\b)",
                            r"二百四十\s*分钟"],
    "delay damages 0.05 %": [r"(?<![\d.])0\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十百])",
                             r"百分之零点零五(?![零一二三四五六七八九])"],
    "liability cap 100 %": [r"(?<![\d.,])100\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百(?![分])",
                            r"one\s*hundred\s*(?:%|per\s*cent|percent)"],
    "prepayment 30 %": [r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"\bthirty\s*(?:%|per\s*cent|percent)"],
    "warranty 12 months / one year": [r"(?<![\d.])12\s*个?\s*月", r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
                                      r"(?<![\d.])12\s*-?\s*(?:calendar\s*)?months?\b",
                                      r"\btwelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?\b",
                                      r"\bone\s*(?:\(1\)\s*)?-?\s*years?\b", r"(?<![\d.])1\s*-?\s*years?\b",
                                      r"(?<![十百千〇零一二三四五六七八九两])[一壹]\s*个?\s*年", r"(?<![\d.])1\s*个?\s*年"],
    "post-warranty fee 15 %": [r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点])",
                               r"\bfifteen\s*(?:%|per\s*cent|percent)"],
    "TCO share 40 %": [r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])",
                       r"\bforty\s*(?:%|per\s*cent|percent)"],
    "horizon 5 years / 60 months": [r"(?<![\d.])5\s*个?\s*年", r"(?<![〇零一二三四五六七八九十百])五\s*个?\s*年",
                                    r"(?<![\d.])5\s*-?\s*years?\b", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?\b",
                                    r"(?<![\d.])60\s*个?\s*月", r"六十\s*个?\s*月", r"(?<![\d.])60\s*-?\s*months?\b",
                                    r"\bsixty\s*(?:\(60\)\s*)?-?\s*months?\b"],
}
MUST_HIT = ["4小时", "四小时", "4 hours", "four hours", "four (4) hours", "4-hour", "240分钟", "240 minutes", "99.9%",
            "99.9 %", "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "thirty per cent",
            "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year", "one-year", "1 year", "一年", "15%",
            "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty percent", "5年", "五年", "五个年度", "five years",
            "5-year", "60 months", "60个月", "六十个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "0.055%", "四十二个月",
                "2025年", "2026年", "一个服务年度", "Subscription Year", "130%", "1,100%", "300%", "十五个工作日", "三十日",
                "四十五日", "二十五年", "14 hours", "1.5倍", "first year's", "三个月", "六个月", "24 months", "36 months"]


def hits(text):
    out = []
    for what, pats in THRESHOLD_PATTERNS.items():
        for p in pats:
            for m in re.finditer(p, text, flags=re.IGNORECASE):
                out.append((what, m.group(0)))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), "pattern misses " + s
    for s in MUST_NOT_HIT:
        assert not hits(s), ("pattern wrongly hits", s, hits(s))


# ================================================================ reading the built files back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# price and payment sums as printed in the texts
ARITHMETIC = [
    (2076000 + 336000 + 420000 + 504000, 3336000), (3336000 + 286000 + 38000, 3660000),
    (732000 + 1647000 + 1281000, 3660000), (round(3336000 * 0.08), 266880),
    (848000 + 544000 + 194000 + 176000, 1762000), (1762000 + 214000 + 36000, 2012000),
    (201200 + 1106600 + 704200, 2012000), (round(1762000 * 0.20), 352400),
    (60 * 2600 + 36000, 192000), (3 * 192000 + 88000, 664000), (88000 + 192000, 280000),
    (276000 + 48000 + 62000 + 54000, 440000), (4 * 110000, 440000),
    (560000 + 30 * 3800, 674000), (674000 + 420000 + 96000 + 20000, 1210000), (726000 + 423500 + 60500, 1210000),
    (8 * 46500 + 2 * 58000, 488000), (488000 + 96000 + 28000, 612000), (61200 + 336600 + 214200, 612000),
    (round(488000 * 0.11), 53680),
    (148000 + 52000, 200000), (3 * 200000 + 72000, 672000),
    (180 * 2350 + 6 * 38500 + 8 * 16800 + 40 * 4600 + 265000, 1237400), (1237400 + 148600 + 24000, 1410000),
    (169200 + 705000 + 535800, 1410000), (round(1237400 * 0.09), 111366),
    (24 * 31500 + 42000, 798000), (2 * 186000 + 38000, 410000),
]


def main():
    for lhs, rhs in ARITHMETIC:
        assert lhs == rhs, (lhs, rhs)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: (n, f) for k, (n, f, _, _) in FILES.items() if f in ("docx", "pdf")}
    write({k: FILES[k][3] for k in built}, built, OUT, wrap_words=True)
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(LABELS[key], indent=1, ensure_ascii=False), encoding="utf-8")

    problems = []
    fired = set()
    for key, (name, fmt, lang, src) in FILES.items():
        lab = LABELS[key]
        t, x = lab["expected_terms"], lab["expected_extra"]
        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s length %d outside %d-%d" % (name, size, lo, hi))
        for variant in (src, text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            for h in hits(variant):
                problems.append("%s threshold figure %s: %r" % (name, h[0], h[1]))
        # derived values off every threshold
        checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                  ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                  ("post_warranty_fee_pct", 15)]
        for field, thr in checks:
            v = t[field]
            if v is not None and abs(v - thr) < 1e-9:
                problems.append("%s %s on threshold" % (name, field))
        for s in SHARES.get(key, []):
            if s in (30, 40):
                problems.append("%s payment share %s" % (name, s))
        if key in SHARES and sum(SHARES[key]) != 100:
            problems.append("%s shares do not add up" % name)
        c = tco(key)
        if c and abs(c[2] - 40) < 2:
            problems.append("%s TCO share %.2f too close to 40" % (name, c[2]))
        mine = policy_rules(key)
        if mine != lab["expected_rules"]:
            problems.append("%s rules %s != policy reading %s" % (name, lab["expected_rules"], mine))
        if risk(lab["expected_rules"]) != EXPECTED_RISK[key]:
            problems.append("%s risk %s != %s" % (name, risk(lab["expected_rules"]), EXPECTED_RISK[key]))
        fired |= set(lab["expected_rules"])
        print("%-58s %-3s %6d %s  risk %-6s %s  %s" % (name, lang, size, "chars" if lang == "zh" else "words",
                                                      EXPECTED_RISK[key], ", ".join(lab["expected_rules"]) or "(none)",
                                                      "TCO %.0f share %.2f%%" % (c[0], c[2]) if c else ""))
    missing = sorted(set("CR-" + r for r in SEVERITY) - fired)
    if missing:
        problems.append("rules never expected: %s" % missing)
    counts = sorted(len(LABELS[k]["expected_rules"]) for k in LABELS)
    print("findings per contract:", counts)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; all 20 CR rules expected at least once")


if __name__ == "__main__":
    main()
