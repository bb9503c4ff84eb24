"""holdout322: writes ten ordinary draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702  (before importing ../word_pdf.py)
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H322Z01 = """T:青崖市森林草原火险监测预警平台建设项目采购合同
P:合同编号：QYYJ-CG-2025-0417　　采购方式：公开招标　　项目编号：QYZC2025-1183
P:甲方（采购人）：青崖市应急管理局　　地址：青崖市鹿鸣路18号
P:乙方（中标供应商）：杭州林讯智感科技有限公司　　地址：杭州市余杭区文一西路998号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青崖市森林草原火险监测预警平台建设项目达成如下合同条款，共同遵守。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方在甲方辖区内6个重点林区、2个草原片区建设火险因子监测站和视频林火识别前端，部署监测预警平台软件，完成与省级应急指挥平台和短信预警系统的对接，并负责安装、调试、培训及质保期内的维护服务。
P:1.2 合同价款明细如下（人民币，含税）：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|火险因子监测站（气象要素及可燃物含水率）|26套|68,500|1,781,000
TB:2|双光谱视频林火识别前端|14套|52,000|728,000
TB:3|监测预警平台软件许可（含GIS一张图模块）|1套|612,000|612,000
TB:|软硬件小计|||3,121,000
TB:4|安装调试及通信接入|1项|186,000|186,000
TB:5|省级平台及短信预警系统对接开发|1项|143,000|143,000
TB:6|用户培训|1项|22,000|22,000
TB:|合同总价|||3,472,000
P:1.3 合同总价为人民币叁佰肆拾柒万贰仟元整（¥3,472,000），为固定总价，包含设备、软件许可、运输、安装、对接、培训、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应在合同签订后60日内完成全部设备到货，90日内完成安装调试并提交初验申请。
P:2.2 交付地点为甲方指定的各林区站点及青崖市应急指挥中心机房。设备运抵现场时，双方共同开箱清点，签署到货清单；到货清点不代表质量合格。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥694,400。
P:3.2 全部设备安装调试完成、经甲方确认到货安装记录后，甲方支付合同总价的35%，即¥1,215,200。到货安装记录不视为验收。
P:3.3 项目终验合格后，甲方支付合同总价的45%，即¥1,562,400。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。
H:第四条 验收
P:4.1 安装调试完成后，系统进入试运行，试运行期不少于45天。试运行期间应满足下列验收标准：各监测站数据上传完整率不低于98%；视频前端对标准火源的识别定位误差不大于50米；火险等级预警信息自生成至推送到相关责任人的时间不超过3分钟；平台与省级应急指挥平台的数据交换连续稳定，无一级故障。
P:4.2 试运行结束后，乙方提交验收申请及竣工资料，甲方组织技术专家按本条标准逐项测试并出具书面验收报告。验收不合格的，乙方应在15日内整改后重新申请验收，由此产生的费用由乙方承担。
P:4.3 系统上线、试运行、甲方使用或支付款项，均不视为甲方验收合格。
H:第五条 质量保证与运维服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及巡检服务，每季度至少现场巡检一次。
P:5.2 质保期满后，如甲方需要，乙方应提供年度运维服务，年度运维费不高于软硬件小计的7%（即每年不超过¥218,470），该价格在质保期满后三个年度内保持不变。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日书面告知甲方）。
P:6.2 一级故障（平台整体不可用，或三分之一以上监测站同时离线）：乙方应在30分钟内响应，8小时内到场处置；二级故障（单站离线或部分功能异常）：2小时内响应，48小时内修复。
P:6.3 乙方每超过约定响应或修复时限1小时，甲方有权从应付款或履约保证金中扣除¥800；月度可用率每低于约定值0.01个百分点，扣除¥1,000。
H:第七条 数据安全
P:7.1 监测数据、视频图像、预警记录及平台中的全部业务数据归甲方所有，乙方仅为履行本合同之目的处理，不得用于其他任何用途，不得向第三方提供。
P:7.2 乙方应按照网络安全等级保护第二级的要求部署平台，采取加密传输、访问控制、操作日志留存不少于180天等安全措施；远程运维须经甲方审批并通过甲方堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的对接程序、配置文件、预警模型参数及全部技术文档的知识产权归甲方所有，乙方应在终验时交付源代码及文档。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。
P:9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:9.3 乙方提供的设备或服务不符合约定的，应负责修理、更换并赔偿甲方因此遭受的损失。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方未公开信息，包括林区地理信息、站点位置、指挥调度方案等，负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十一条 转包与分包
P:11.1 乙方不得转包本合同。确需将土建基础或通信接入施工分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期交货超过30日，或有其他重大违约行为，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方支付违约金、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。合同附件：技术规格及配置清单、站点分布表、验收测试方案。
P:甲方（盖章）：青崖市应急管理局　　代表签字：__________　　日期：______
P:乙方（盖章）：杭州林讯智感科技有限公司　　代表签字：__________　　日期：______
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
H322Z02 = """T:热压生产线控制系统改造合同
P:合同编号：SHSB-JG-2025-036
P:甲方：沭河森宝木业有限公司（以下简称甲方）
P:乙方：常州睿控工业自动化有限公司（以下简称乙方）
P:甲方三号车间两条多层热压生产线的原控制系统已运行多年，备件停产、故障频发。经比选，甲方委托乙方对热压生产线控制系统进行改造。双方本着平等互利的原则，经友好协商，订立本合同。
H:一、改造范围
P:（一）更换两条热压生产线的PLC控制柜、液压比例阀组及压力传感器，改造导热油温控系统，新增HMI触摸屏及SCADA组态软件。
P:（二）开发热压工艺控制程序（升温、保压、分段泄压曲线）和组态画面，实现工艺参数配方管理与生产数据记录。
P:（三）拆除旧控制系统，完成安装、接线、调试、操作培训及质保期内维护。
H:二、合同价格
P:（一）合同价格明细如下（人民币元，含13%增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源）|2套|286,000|572,000
TB:2|液压比例阀组及压力传感器|4套|73,500|294,000
TB:3|导热油温控系统模块|1套|168,000|168,000
TB:4|HMI触摸屏及SCADA组态软件许可|1套|126,000|126,000
TB:|软硬件小计|||1,160,000
TB:5|控制程序开发及调试|1项|138,000|138,000
TB:6|旧系统拆除及安装|1项|64,000|64,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,380,000
P:（二）合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），除本合同另有约定外，甲方不再支付其他费用。
H:三、工期
P:（一）乙方应在合同生效后45日内完成设备到货。
P:（二）改造施工利用甲方停产检修窗口进行，每条生产线停机改造时间不超过10日，全部改造应在合同生效后75日内完成并具备试生产条件。
P:（三）乙方应在进场前7日提交施工组织方案、停机计划和安全措施，经甲方设备部和生产部会签后实施；施工期间每日向甲方报告进度。
H:四、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的25%作为预付款，即¥345,000。
P:（二）设备到货并安装完成后，甲方支付合同总价的45%，即¥621,000。
P:（三）终验合格后，甲方支付合同总价的25%，即¥345,000。
P:（四）余款5%（¥69,000）作为质量保证金，质保期满且无质量争议后10个工作日内无息支付。
H:五、验收
P:（一）试生产期间连续满负荷生产72小时，达到以下标准方可验收：热板温度控制精度±1.5℃；压力控制精度±0.2MPa；升温、保压、泄压各阶段按设定曲线自动切换，无人工干预；生产的胶合板胶合强度符合GB/T 9846规定的Ⅱ类板要求；HMI及SCADA报警、记录、配方功能全部正常。
P:（二）乙方提交验收申请后，甲方组织设备、工艺、质量部门联合验收并签署验收报告。验收不合格的，乙方应在7日内整改并重新验收。
P:（三）安装完成、试生产或甲方投入生产使用，不视为验收合格。
H:六、质保期
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内因设备质量或程序缺陷导致的故障，乙方免费维修或更换。
P:（二）质保期内，一级故障（热压生产线停机）乙方应在1小时内电话响应，6小时内到达现场；二级故障（单项功能异常，不影响生产）应在8小时内响应，48小时内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每超时1小时，甲方可从质量保证金中扣除¥500。
H:七、质保期满后的维保
P:（一）质保期满后，乙方应继续为甲方提供控制系统的年度维保服务，包括定期巡检、备件供应、程序维护和故障处理。
P:（二）维保费用按乙方届时公布的服务价格标准执行，由双方另行签订年度维保合同。
H:八、违约责任
P:（一）乙方逾期完成到货或改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因造成停机时间超出约定的，乙方除支付前款违约金外，还应赔偿甲方由此造成的直接损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:九、数据与保密
P:（一）热压工艺参数、配方、生产记录等数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方设备部事先审批，通过甲方提供的VPN账户进行，不得私自复制或带离工艺数据；乙方应对其人员的访问行为负责。因乙方原因造成数据泄露、丢失或被篡改的，乙方应在发现后24小时内通知甲方，采取补救措施并承担赔偿责任。
P:（三）双方对履行本合同中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
H:十、知识产权
P:（一）PLC程序、组态画面、配方结构等为甲方定制开发的成果，其知识产权归甲方所有。乙方应在终验时交付完整的源程序、注释及接线图。
P:（二）SCADA组态软件等第三方标准软件的著作权归原权利人，乙方保证甲方可合法永久使用。
H:十一、分包
P:（一）乙方可将现场电气布线、桥架安装等辅助工作分包给第三方施工单位，但应提前书面通知甲方，并对分包单位的施工质量和安全负责。
H:十二、合同解除
P:（一）乙方逾期超过20日，或改造后的控制系统经两次验收仍不合格的，甲方有权书面通知解除本合同，乙方应退还甲方已付款项并赔偿损失。
H:十三、技术资料与培训
P:（一）乙方应在终验时向甲方移交以下技术资料：电气原理图、接线图、PLC源程序及注释、组态工程文件、设备说明书、备件清单、操作规程和维护手册，纸质版一式两份并附电子版。
P:（二）乙方应对甲方操作工、电工和设备管理人员进行分批培训，培训内容包括系统操作、配方管理、常见报警处理和日常点检，培训结束后进行考核，确保每班至少两名人员能够独立操作和处理一般故障。
H:十四、通知
P:（一）本合同项下的通知应以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱。甲方联系人为设备部负责人，乙方联系人为本项目经理。
P:（二）一方变更联系人或联系方式的，应在变更后3日内书面通知对方，否则向原地址、原邮箱发送的通知视为已经送达。
H:十五、不可抗力
P:（一）因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:十六、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业票。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
H:十七、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交临沂仲裁委员会仲裁。
H:十八、其他
P:（一）本合同一式四份，双方各执二份，经双方签字盖章后生效。附件：改造技术方案、设备清单、验收记录表。
P:甲方（盖章）：沭河森宝木业有限公司　　授权代表：__________
P:乙方（盖章）：常州睿控工业自动化有限公司　　授权代表：__________
P:签订日期：2025年8月12日
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）)
H322Z03 = """燃刻体能连锁门店排课及会员管理SaaS服务及实施合同

合同编号：RK-IT-2025-021

甲方：上海燃刻体能训练管理有限公司
地址：上海市静安区共和新路3388号
乙方：成都课栈云科技有限公司
地址：成都市高新区天府三街199号

鉴于甲方在上海、苏州、杭州经营25家体能训练馆，需要统一的排课、约课、会员及储值卡管理系统；乙方是"课栈云"SaaS平台的开发和运营方。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方25家门店提供"课栈云"专业版SaaS服务，包括团课及私教排课、会员约课与签到、会员卡及储值管理、教练课时统计、经营报表、会员小程序。
（2）乙方负责实施服务：将甲方原有系统中的会员、卡项、剩余课时数据迁移至平台，完成门店及权限配置、与甲方门禁闸机和收银系统的对接，并对门店店长、前台及教练进行培训。
（3）服务期为三个服务年度，自上线验收合格之日起计算。

第二条 费用
（1）订阅费：每家门店每个服务年度人民币7,800元，25家门店每个服务年度合计195,000元，三个服务年度合计585,000元。
（2）实施费：一次性人民币68,000元。
（3）合同总金额为人民币653,000元（含税）。
（4）短信通知超出每个服务年度20万条的部分按每条0.045元另行结算，不计入合同总金额。
（5）服务期内甲方新增门店的，按每家门店每个服务年度7,800元按月折算。

第三条 付款
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（3）乙方应在每次付款前开具增值税专用发票。

第四条 上线与验收
（1）乙方应在合同签订后45日内完成数据迁移、配置及对接，具备上线条件。
（2）上线验收标准：迁移后会员人数、卡项余额、剩余课时与原系统导出数据逐条核对无差异；门禁闸机刷码开门时间不超过1秒；高峰时段500名会员同时约课无报错；各门店收银流水与平台日结报表一致。
（3）乙方提交验收申请后，甲方在7个工作日内组织测试并签署验收单。门店开始使用平台不视为验收。
（4）乙方未能按期具备上线条件的，每逾期一日按合同总金额的千分之一向甲方支付违约金，累计不超过合同总金额的10%。

第五条 服务水平
（1）平台月度可用率不低于99.5%，按自然月统计，计划维护时间不计入不可用时间，但每月计划维护不得超过2次，且须安排在0:00至6:00之间。
（2）故障分级及响应：一级故障（平台整体无法登录，或会员无法约课、签到）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（咨询类问题）1个工作日内答复。
（3）月度可用率未达约定的，按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%给予服务抵扣；一级故障未在时限内恢复的，每超过1小时另抵扣当月订阅费的2%。抵扣在下一期订阅费中扣减。

第六条 数据
（1）会员个人信息、训练记录、消费记录等甲方业务数据归甲方所有。
（2）乙方有权对甲方会员的训练数据和消费数据进行去标识化、汇总处理后，用于乙方产品改进、行业研究报告及市场分析，该等处理后的数据归乙方所有。
（3）数据安全：平台部署于中国境内，已通过网络安全等级保护二级备案；乙方应对会员个人信息加密存储和传输，实行最小权限访问并记录操作日志；发生数据泄露的，乙方应在24小时内通知甲方，配合甲方处理，并对因乙方原因造成的损失承担赔偿责任。
（4）服务终止后30日内，乙方应按甲方要求以通用格式交还全部业务数据，并在交还后删除。

第七条 保密
（1）双方对因本合同知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得披露。
（2）保密义务在合同终止后两个服务年度内继续有效。

第八条 知识产权
（1）"课栈云"平台及其标准功能的知识产权归乙方。
（2）乙方为甲方定制开发的门禁及收银对接程序、定制报表的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。

第九条 续订
（1）服务期届满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，续订次数不限。
（2）每次续订时，乙方有权根据市场情况调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方以书面或系统公告方式通知甲方即可。

第十条 责任限制
（1）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因乙方故意、重大过失或违反第六条、第七条造成的损失不受此限。
（2）任何一方均不对间接损失、利润损失承担责任。

第十一条 培训与支持
（1）乙方应在上线前为每家门店的店长、前台和教练提供线上培训，并为甲方总部运营人员提供两次现场培训，提供操作手册和视频教程。
（2）服务期内，乙方应指定一名客户成功经理作为甲方的固定联系人，每季度与甲方召开一次服务回顾会，通报可用率、故障处理、需求排期等情况。
（3）乙方对平台进行功能升级时，应提前7日通知甲方；升级不得降低甲方已使用的功能和性能，不得导致已迁移数据丢失。
（4）甲方提出的小型配置调整（如新增课程类型、调整门店营业时间、增加卡项），乙方应在3个工作日内免费完成。

第十二条 分包
乙方不得将本合同项下的实施工作分包。确需分包的，应事先取得甲方书面同意。

第十三条 解除
（1）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。
（2）月度可用率连续两个月未达约定的，甲方有权解除合同，乙方退还未使用期间的订阅费。
（3）合同解除或服务期满终止的，乙方应按第六条第（4）项交还数据，并配合甲方将会员数据迁移至甲方指定的其他系统，迁移协助期不少于30日。

第十四条 通知与联系人
（1）甲方指定运营总监为本合同联系人，乙方指定客户成功经理为联系人。服务相关通知可通过电子邮件发送，涉及合同变更、续订、解除的通知应以书面形式发送至合同首页地址。
（2）乙方的系统公告仅适用于一般功能更新，不构成对本合同条款的变更。

第十五条 廉洁
双方人员不得索取、收受对方的财物或其他不正当利益。乙方发现甲方人员有上述行为的，应向甲方监察部门反映。

第十六条 不可抗力
因不可抗力导致平台无法提供服务的，受影响一方应及时通知对方并尽力减少损失；乙方因云服务商机房故障导致的停机不视为不可抗力。

第十七条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交上海仲裁委员会按其仲裁规则仲裁。

第十八条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、数据迁移方案。

甲方（盖章）：上海燃刻体能训练管理有限公司　　　　乙方（盖章）：成都课栈云科技有限公司
代表：__________　　　　　　　　　　　　　　　　　代表：__________
日期：2025年9月3日　　　　　　　　　　　　　　　　日期：2025年9月3日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
H322Z04 = """澜州市博物馆藏品管理系统年度运维服务合同

项目名称：澜州市博物馆藏品管理系统运维服务（2025—2026服务年度）
采购方式：竞争性磋商　　采购编号：LZCG-FW-2025-0562
甲方（采购人）：澜州市博物馆
乙方（成交供应商）：南京文博信通科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就澜州市博物馆藏品管理系统运维服务订立本合同。

1. 服务范围与期限
1.1 运维对象：甲方藏品管理系统（含藏品总账、编目、影像管理、出入库、库房环境监测接口、对外展示接口），以及其运行所依托的数据库、应用服务器和存储设备。
1.2 服务内容：驻场运维、系统巡检及应急处置、数据库维护与备份、等级保护测评配合及安全加固、小功能优化。
1.3 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行依法组织采购。

2. 合同价款
2.1 本合同为固定总价，服务费合计人民币叁拾捌万陆仟元整（¥386,000），明细如下：
    驻场运维（1名工程师，工作日驻场）　　　　¥198,000
    系统巡检及应急处置　　　　　　　　　　　¥72,000
    数据库维护及备份　　　　　　　　　　　　¥58,000
    等保测评配合及安全加固　　　　　　　　　¥36,000
    小功能优化（不超过50人天）　　　　　　　¥22,000
    合计　　　　　　　　　　　　　　　　　　¥386,000
2.2 上述价款包含乙方人员、交通、工具、备份介质及税费。

3. 付款
3.1 本合同不设预付款。
3.2 服务费按季度支付。每季度结束后，甲方按第6条进行季度考核，考核合格后15个工作日内支付当季服务费¥96,500；考核中发生扣款的，从当季服务费中扣减。

4. 服务要求
4.1 驻场工程师应具备数据库及文博信息系统运维经验，工作日8:30—17:30在甲方驻场，更换人员须经甲方同意。
4.2 乙方每月进行一次全面巡检，提交巡检报告；每日检查备份作业，每周进行一次全量备份，每季度进行一次恢复演练。
4.3 乙方应在2025年10月31日前配合甲方完成年度等级保护测评，并在测评报告出具后30日内完成整改项的安全加固。
4.4 乙方应建立运维工单台账，记录每一故障和服务请求的受理时间、处理过程、完成时间和处理人，每月5日前向甲方提交上月运维月报，内容包括系统运行情况、故障统计、备份情况、安全事件、优化进展和下月工作计划。
4.5 每逢重要展览开幕、国际博物馆日等重大活动，乙方应提前制定保障方案，活动期间安排专人值守。
4.6 小功能优化需求由甲方书面提出，乙方评估工作量并经甲方确认后实施，每项优化完成后经甲方测试确认。

5. 服务水平
5.1 系统月度可用率不低于99.95%（经甲方批准的计划停机除外）。
5.2 一级故障（系统整体不可用、数据库损坏或藏品数据可能丢失）：乙方应在15分钟内响应，2小时内到场（非驻场时段），8小时内恢复；二级故障（部分功能不可用）：1小时内响应，24小时内解决；三级故障：1个工作日内解决。
5.3 乙方每延误响应或恢复时限1小时，从当季服务费中扣除¥600；月度可用率每低于约定值0.01个百分点，扣除¥800；因乙方原因导致数据丢失且无法从备份恢复的，乙方应承担赔偿责任。

6. 考核与验收
6.1 季度考核指标：巡检报告按时提交率、备份作业成功率、故障响应及恢复达标情况、月度可用率、甲方满意度评价。
6.2 年度验收：服务期满前15日内，乙方提交年度运维总结、全部运维文档及优化成果，甲方对照本合同第4条、第5条逐项核验，出具书面验收意见。

7. 数据安全
7.1 藏品数据、文物影像、库房信息及系统日志归甲方所有，乙方仅为提供本合同服务而接触，不得复制、留存或用于其他目的。
7.2 乙方人员须签署安全承诺书，使用甲方分配的账户经堡垒机操作，不得使用个人存储介质拷贝数据；涉及数据库结构变更的操作须事先报甲方审批。
7.3 发生数据泄露、丢失、篡改或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方损失及承担监管部门的处罚。

8. 保密
8.1 乙方对服务中接触的未公开藏品信息、库房位置、安防布置及甲方内部资料负有保密义务，未经甲方书面同意不得披露。本义务不因合同终止而解除。

9. 知识产权
9.1 乙方在运维过程中为甲方编写的脚本、优化代码、配置及运维文档，其知识产权归甲方所有，乙方应在年度验收时完整移交。

10. 违约责任
10.1 乙方逾期完成第4.3条的整改任务或甲方书面确认的优化任务的，每逾期一日按合同总价的千分之二向甲方支付违约金。
10.2 驻场工程师无故缺勤的，每人每日扣除¥1,000。
10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。

11. 分包
11.1 乙方不得将本合同服务转包或分包给第三方。

12. 合同解除
12.1 乙方严重违约，包括连续两个季度考核不合格、发生因乙方原因造成的重大数据安全事件，或经甲方书面通知后10日内仍未纠正违约行为的，甲方有权解除合同，并要求乙方赔偿损失。

13. 人员与交接
13.1 乙方驻场工程师应遵守甲方的安全保卫、库房出入及文物保护管理规定，未经甲方陪同不得进入文物库房区域。
13.2 乙方应在服务开始后10日内完成与上一运维单位的交接，核对系统账号、备份数据、配置文档和遗留问题清单，形成交接记录报甲方确认。
13.3 服务期满或合同解除时，乙方应向甲方或甲方指定的新运维单位完整移交全部账号、文档、脚本和未完成事项，交接期间乙方应保证系统正常运行，交接期不少于15日。

14. 不可抗力
14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

15. 廉政
15.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他利益，一经发现，甲方有权解除合同并将有关情况报告财政部门。

16. 法律适用与争议
16.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

17. 其他
17.1 磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：澜州市博物馆　　　　　　　　　　乙方（盖章）：南京文博信通科技有限公司
法定代表人或授权代表：________　　　　　　　法定代表人或授权代表：________
签订日期：2025年6月20日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条 + 1.1, supplier's template)
H322Z05 = """# 智造云图MES系统软件许可及实施合同

> 本合同采用苏州智造云图软件有限公司标准合同文本（ZZYT-MES-V3.2）。

**合同编号**：ZZYT-2025-HT-0719

**甲方（客户）**：皖北金果罐头食品有限公司

**乙方（供应商）**：苏州智造云图软件有限公司

甲方为提升黄桃罐头生产线的计划排产、质量追溯及设备管理水平，向乙方采购智造云图MES系统软件许可及相关定制开发、实施服务。双方经协商，同意按本标准文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云图MES平台软件许可及质量追溯、设备管理模块许可，许可用户数为120个并发用户，部署于甲方本地服务器。

1.2 乙方根据甲方需求进行定制开发：杀菌釜温度、压力曲线数据采集；糖水配比工艺控制与批次记录；与甲方金蝶ERP系统的物料、工单接口。

1.3 乙方负责系统安装、基础数据初始化、配置及甲方人员培训。

1.4 系统覆盖甲方两个生产车间的原料验收、去皮切块、装罐、注糖水、封口、杀菌、冷却、贴标和成品入库全过程，支持按生产批次追溯原料产地、杀菌记录及质检结果。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES平台软件许可（生产计划、工单、报工） | 860,000 |
| 2 | 质量追溯模块许可 | 240,000 |
| 3 | 设备管理模块许可 | 180,000 |
| | 软件许可小计 | 1,280,000 |
| 4 | 定制开发（杀菌釜数据采集、糖水配比工艺、ERP接口） | 236,000 |
| 5 | 实施及培训 | 64,000 |
| | 合同总价 | 1,580,000 |

2.1 合同总价为人民币壹佰伍拾捌万元整（含税）。

## 第三条 付款方式

3.1 合同签订后7日内，甲方向乙方支付合同总价的55%，即人民币869,000元。

3.2 系统上线后7日内，甲方支付合同总价的45%，即人民币711,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及技术支持。

## 第四条 实施周期

4.1 乙方计划在收到首付款后90日内完成安装、开发及上线。

4.2 实施计划为乙方预估，因需求变更、甲方配合等原因导致延期的，实施周期相应顺延；乙方原因导致延期的，双方协商调整实施计划，乙方应尽力追赶进度。

## 第五条 上线与验收

5.1 乙方完成安装、配置及开发后，通知甲方上线。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，作为维护事项由乙方处理。

## 第六条 知识产权

6.1 MES平台软件及各模块的全部知识产权归乙方所有。

6.2 乙方在本合同项下完成的定制开发成果，包括源代码、接口程序、工艺模型及相关文档，知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给任何第三方。

## 第七条 免费维护期

7.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

7.2 故障响应：一级故障（系统无法使用，影响生产线报工）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

7.3 乙方将尽合理努力排除故障，但不承担因系统故障导致的任何扣款、赔偿或违约责任。

## 第八条 年度维护

8.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的24%，即每年人民币307,200元，每年初一次性支付。

8.2 年度维护服务包括远程支持、版本升级和缺陷修复，不包括新增功能开发、现场服务及因甲方业务调整引起的配置修改，上述服务按乙方人天价格另行收费。

8.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级。

## 第九条 数据

9.1 甲方在系统中产生的生产数据、质量数据归甲方所有。

9.2 乙方有权将甲方的生产工艺数据、设备运行数据进行匿名化、汇总处理后，用于乙方产品优化、行业模型训练及对外发布行业分析，且不因本合同终止而受影响。

9.3 乙方在提供远程支持时应采取必要的安全措施，使用加密通道访问，未经甲方许可不得导出数据；发生数据泄露的，乙方应及时通知甲方并对因其过错造成的损失承担责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术秘密、商业信息负有保密义务，保密期至合同终止后三个年度届满之日。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均以本合同总价的20%为限。

11.2 乙方不承担任何间接损失、利润损失、生产停顿损失。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后30日内未纠正的，另一方有权解除本合同。

12.2 合同解除的，甲方已支付的软件许可费不予退还。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十四条 甲方义务

14.1 甲方应按乙方要求提供服务器、操作系统、数据库及网络环境，服务器配置以乙方提供的配置清单为准。

14.2 甲方应指定项目负责人，及时提供业务需求、基础数据（物料、工艺路线、设备台账、质检标准）并确认需求文档。甲方未按时提供的，实施周期顺延。

14.3 甲方应安排关键用户参加培训，并在上线后按系统规范操作。因甲方操作不当造成的故障或数据问题，乙方有权另行收费处理。

## 第十五条 培训

15.1 乙方提供系统管理员培训和关键用户培训各一期，每期不超过3天，在甲方现场进行。超出部分的培训按乙方培训价格另行收费。

15.2 乙方提供电子版用户手册和管理员手册。

## 第十六条 需求变更

16.1 需求说明经甲方签字确认后，甲方提出的任何新增或修改需求均视为需求变更。

16.2 需求变更由乙方评估工作量，按每人天人民币2,800元另行计费，变更费用在变更完成后支付。

## 第十七条 不可抗力

17.1 因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

17.2 网络攻击、第三方软件缺陷、甲方服务器故障导致的系统中断，视为不可抗力事件。

## 第十八条 其他

18.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。本标准文本的条款以乙方最新版本为准解释。

18.2 附件：功能清单、定制开发需求说明。

甲方（盖章）：皖北金果罐头食品有限公司　　　　乙方（盖章）：苏州智造云图软件有限公司

授权代表：__________　　　　　　　　　　　　　授权代表：__________

日期：2025年7月28日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price rows)
H322E01 = """T:SOFTWARE LICENCE AND SERVICES CONTRACT - GLAZELAB STUDIO
P:Contract No. DC-CN-2025-014
P:This Contract is made on 18 August 2025 between:
P:(1) Wuxi Huishan Clayworks Studio Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 66 Huishan Old Street, Liangxi District, Wuxi, Jiangsu Province (the "Buyer"); and
P:(2) Despotiko Chromatics S.A., a company incorporated in Greece, with its registered office at the Old Kiln House, Nisida Despotiko, Cyclades, Greece (the "Vendor").
P:Background. The Buyer makes hand-painted Huishan clay figurines and uses several hundred colour glazes, many of them recorded only in paper notebooks kept by its senior painters. The Buyer wishes to license the Vendor's GlazeLab Studio software for glaze formulation, colour prediction and kiln-firing simulation, to have its historical recipes converted into a structured library, and to have the software installed and its staff trained. The Vendor is willing to do so on the terms below. At the Buyer's request, all prices in this Contract are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means GlazeLab Studio version 7, the Kiln Simulation module and the Spectrophotometer Connector, in object code, with their documentation and all updates supplied under this Contract.
P:1.2 "Custom Deliverables" means the Glaze Library, the import scripts, the Buyer-specific colour charts and any configuration prepared by the Vendor specifically for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and license the Software, build the Glaze Library by converting the Buyer's 2,300 historical glaze recipes into the Software's recipe format, connect six spectrophotometers, install the Software on the Buyer's servers and workstations in Wuxi, and train the Buyer's painters and technicians.
P:2.2 The Vendor shall complete delivery and installation within 50 days after signature, and shall make the complete system ready for acceptance testing within 80 days after signature.
H:Article 3 Price
P:3.1 The Contract Price is set out below (CNY, taxes included):
TB:Item|Description|Quantity|Unit price|Amount
TB:1|GlazeLab Studio perpetual licence, named user|18|21,500|387,000
TB:2|Kiln Simulation module perpetual licence, site|1|146,000|146,000
TB:3|Spectrophotometer Connector perpetual licence|6|9,800|58,800
TB:|Licence Subtotal|||591,800
TB:4|Glaze Library build (2,300 recipes, colour charts)|1|84,000|84,000
TB:5|Installation, configuration and training|1|37,200|37,200
TB:|Contract Price|||713,000
P:3.2 The Contract Price is fixed and includes all licence fees, travel of the Vendor's staff to Wuxi, withholding-tax gross-up and all other costs of the Vendor, unless this Contract states otherwise.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 142,600) within 20 days after signature, against the Vendor's invoice and an on-demand bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 320,850) within 20 days after the Buyer signs the installation record. The installation record confirms delivery only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 249,550) within 20 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 After installation the parties shall run the acceptance tests agreed in Annex 2. The acceptance criteria are: all 2,300 recipes imported with ingredient weights matching the source notebooks; colour prediction for 36 reference test tiles fired in the Buyer's kilns within a colour difference of Delta E 2.0; kiln simulation curves for the Buyer's three kilns within 8 degrees Celsius of measured curves; all six spectrophotometers reading directly into the Software; and no Severity 1 defect during a 20-day trial period.
P:5.2 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 7 days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.3 Installation, trial use, productive use or any payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Article 5 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall supply all updates and remedy all defects free of charge.
P:6.2 After the Warranty Period the Buyer may order Annual Support. The Annual Support fee is 9% of the Licence Subtotal, namely CNY 53,262 per support year, fixed for the first three support years. Thereafter the Vendor may increase it by not more than 3% per support year. Annual Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor shall run a support hotline and e-mail desk in Chinese and English, 24 hours a day, 7 days a week, through its support partner in Shanghai.
P:7.2 Severity 1 (the Software cannot start, or the recipe database is corrupted or unavailable): response within 2 hours and a workaround within 12 hours of the report. Severity 2 (a major function unavailable): response within 8 hours and a fix within 5 working days. Severity 3: response within 2 working days.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit CNY 600 against the next payment due, or pay it if no payment is due.
H:Article 8 Delay
P:8.1 If the Vendor fails to complete installation or to make the system ready for acceptance testing by the dates in Article 2.2, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:8.2 If the delay exceeds 45 days, the Buyer may also terminate this Contract under Article 14.
H:Article 9 Buyer Data and Data Security
P:9.1 All recipes, glaze formulas, colour measurements and firing records entered into or generated by the Software ("Buyer Data") belong to the Buyer. The Vendor shall use Buyer Data only to perform this Contract and shall not keep any copy after performance.
P:9.2 The Software is installed on the Buyer's own servers. The Vendor shall access them remotely only in sessions approved by the Buyer in advance, through the Buyer's VPN, using named accounts, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall apply encryption to any data it must transfer for support purposes with the Buyer's approval.
P:9.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to or loss of Buyer Data, shall take immediate remedial steps, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Contract, including the Buyer's glaze recipes and the Vendor's unpublished software designs, shall use it only for this Contract, and shall not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all intellectual property in the Software and grants the Buyer a perpetual, non-exclusive licence to use it for its own business within the quantities purchased.
P:11.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Buyer may use, modify and license them freely. The Vendor shall deliver them in editable form at Final Acceptance.
P:11.3 The Vendor shall indemnify the Buyer against any third-party claim that the Software infringes intellectual property rights.
H:Article 12 Liability
P:12.1 The total liability of the Vendor under this Contract is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 9 or Article 10, or the indemnity in Article 11.3.
H:Article 13 Subcontracting
P:13.1 The Vendor may not subcontract any part of its obligations without the Buyer's prior written consent, except for the Shanghai support partner named in Annex 3, which the Buyer approves by signing this Contract. The Vendor remains responsible for its subcontractors.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or in the case described in Article 8.2.
P:14.2 On termination by the Buyer, the Vendor shall refund the amounts paid for any part of the Software or services that the Buyer cannot use.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of Greece.
P:15.2 Any dispute arising out of this Contract shall be finally settled by arbitration under the rules of the Athens Chamber of Commerce and Industry, with the seat of arbitration in Athens, Greece. The language of the arbitration shall be English.
H:Article 16 General
P:16.1 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1 (Software Specification), Annex 2 (Acceptance Test Plan) and Annex 3 (Support Partner) form part of this Contract.
P:16.2 Amendments must be in writing and signed by both parties.
P:For the Buyer: ______________________  Name / Title / Date
P:For the Vendor: ______________________  Name / Title / Date
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
H322E02 = """# Hanikatsi Ticketing - Order Form and General Terms

**Order Form No.** HT-OF-2025-0093

## Part A - Order Form

**Vendor:** Hanikatsi Ticketing OU, registry code 16482207, registered office at Hanikatsi Farm, Hanikatsi island, Saare County, Estonia ("Vendor").

**Customer:** Huzhou Nanxun Guzhen Museum Pass Operation Co., Ltd., 8 Nanxi Street, Nanxun District, Huzhou, Zhejiang Province, People's Republic of China ("Customer").

**Background.** Customer sells the combined museum pass for the ancient town of Nanxun, which admits visitors to eleven historic houses, gardens and museums. Customer wishes to replace its counter-based ticketing with online sales, QR-code entry at each site and daily settlement with the participating sites. This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A1. Subscribed Services

A1.1 HT Cloud Ticketing, Professional edition: online and mini-program sales of single-site tickets, combined passes and time-slot reservations; a point-of-sale module for the ticket counters; QR-code gate validation; daily settlement reports by site.

A1.2 Gate Scanner Connector for the 26 turnstiles and handheld scanners at the eleven sites.

A1.3 Onboarding: configuration of products, prices and time slots; connection to Customer's payment channels; import of pass-holder records; training of counter and gate staff.

### A2. Subscription Term

A2.1 The Subscription Term is two Subscription Years, starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary.

A2.2 At the end of the Subscription Term, the Agreement renews for further Subscription Years at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the then-current Subscription Year.

### A3. Fees

At Customer's request, all fees are stated and invoiced in Chinese yuan (CNY), inclusive of taxes.

| Item | Basis | Fee (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| HT Cloud Ticketing, Professional | per Subscription Year | 268,000 | 536,000 |
| Gate Scanner Connector (26 devices) | per Subscription Year | 36,000 | 72,000 |
| Onboarding | one-time | 54,000 | 54,000 |
| **Total Contract Value** | | | **662,000** |

A3.1 The subscription fees include up to 1,200,000 tickets issued per Subscription Year. Tickets above that volume are charged at CNY 0.08 per ticket, invoiced quarterly in arrears, and are not part of the Total Contract Value.

A3.2 The subscription fees are invoiced quarterly in advance from the Go-Live Date, each quarter's invoice being payable within 30 days. The Onboarding fee is invoiced on the Go-Live Date and payable within 30 days. No amount is payable before the Go-Live Date.

### A4. Onboarding and Go-Live

A4.1 Vendor shall complete Onboarding and make the service ready for Go-Live acceptance testing within 60 days after signature of this Order Form.

A4.2 Go-Live acceptance criteria: sales of all products through the web shop and the mini-program; QR-code validation at every turnstile in less than one second; correct entry counting for combined passes across all eleven sites; daily settlement reports matching the payment-channel statements for five consecutive test days; imported pass-holder records reconciled with Customer's export file. Customer shall sign a Go-Live certificate within five working days after the criteria are met. Use of the service by Customer before that certificate does not count as acceptance.

A4.3 If Vendor does not make the service ready for acceptance testing by the date in A4.1, Vendor shall pay CNY 600 per day of delay, deducted from the first invoices, up to a total of CNY 36,000.

### A5. Service Levels

A5.1 Monthly availability of the ticket sales and gate validation functions: at least 99.95%, excluding scheduled maintenance announced 5 days ahead and carried out between 23:00 and 06:00 China Standard Time.

A5.2 Priority 1 incident (sales or gate validation unavailable at any site): response within 30 minutes and restoration within 2 hours, at all hours. Priority 2 (a function degraded): response within 2 hours, resolution within 1 business day. Priority 3: response within 1 business day.

A5.3 Service credits: for each full 0.1 percentage point of availability below the commitment, 2% of the monthly share of the subscription fees; for each hour beyond a Priority 1 restoration time, a further 1%. Credits are capped at 20% of that monthly share and are set off against the next invoice.

### A6. Hosting

A6.1 The service is hosted for Customer in the Hangzhou region of a cloud operator licensed in mainland China, named in Annex 1. Customer approves that hosting provider by signing this Order Form.

## Part B - General Terms

### B1. Definitions

B1.1 "Customer Data" means all data entered into the service by or for Customer, including visitor names, mobile numbers, ID numbers of pass holders, orders and entry records, and all reports generated from them.

B1.2 "Customer Configurations" means the products, price rules, ticket layouts, settlement rules and report templates set up for Customer during Onboarding or afterwards.

### B2. Use of the Service

B2.1 Vendor grants Customer a non-transferable right to use the service during the Subscription Term for its own ticketing business.

B2.2 Customer shall not resell the service to third parties other than the participating sites, which may use the settlement reports.

B2.3 Vendor shall provide Customer's staff with a Chinese-language administration console, user guides and a help desk reachable by telephone and instant messaging at all hours. Vendor shall keep the web shop and the mini-program compatible with the current versions of the main mobile operating systems and of the messaging platform on which the mini-program runs.

### B3. Customer Data

B3.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the service to Customer and for no other purpose, and shall not sell, share or analyse it for its own purposes.

B3.2 Vendor shall keep Customer Data within mainland China, encrypt it in transit and at rest, restrict access to named support engineers with multi-factor authentication, log every access, and keep the service within a system filed at Multi-Level Protection Scheme level 3.

B3.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall help Customer meet its duties under the Personal Information Protection Law, and shall bear the losses and regulatory costs caused by its failure to comply with this clause B3.

B3.4 Within 30 days after the end of the Agreement, Vendor shall return all Customer Data in CSV format and then delete it.

### B4. Intellectual Property

B4.1 Vendor owns the service and its software.

B4.2 Customer Configurations belong to Customer. Customer may export them, modify them and let any other provider use them.

### B5. Subcontracting

B5.1 Apart from the hosting provider approved under A6.1, Vendor shall not subcontract any part of the service without Customer's prior written consent.

### B6. Customer Responsibilities

B6.1 Customer shall provide network connections at the eleven sites, keep the turnstiles in working order, and appoint a project manager with authority to approve product and price settings.

B6.2 Customer is responsible for the prices it sets, for its refund policy towards visitors and for the settlement arrangements it agrees with the participating sites.

B6.3 Customer shall give Vendor at least 14 days' notice of planned events that are expected to double normal daily ticket sales, such as the Spring Festival lantern fair and the autumn water-town festival, so that Vendor can add capacity. Vendor shall add that capacity at no charge.

### B7. Warranties

B7.1 Vendor warrants that the service will materially conform to its documentation and that the Onboarding will be performed with reasonable skill and care.

### B8. Liability

B8.1 Vendor's aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

B8.2 Neither party is liable for lost profits or indirect losses.

### B9. Termination

B9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice describing the breach.

B9.2 Customer may also terminate if availability falls below the commitment in A5.1 in any three months of a Subscription Year.

B9.3 On termination by Customer under B9.1 or B9.2, Vendor shall refund prepaid fees for the remaining period.

### B10. Governing Law and Jurisdiction

B10.1 The Agreement is governed by the laws of the Republic of Estonia.

B10.2 The Harju County Court in Tallinn, Estonia, has exclusive jurisdiction over any dispute arising out of the Agreement.

### B11. Miscellaneous

B11.1 Notices must be given in writing to the addresses above.

B11.2 Force majeure: neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters or a general outage of public networks, provided it informs the other party promptly and resumes performance as soon as possible.

B11.3 This Agreement is the entire agreement of the parties about its subject matter.

**Signed for Vendor:** ____________________ Name, title, date

**Signed for Customer:** ____________________ Name, title, date
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
H322E03 = """T:Supply and Installation Contract - Orchard Weather and Soil Monitoring Network
P:Contract No. CSWP-2025-PUR-027
P:Buyer: Dali Cangshan Walnut Plantation Co., Ltd., Yangbi County, Dali Bai Autonomous Prefecture, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Hirsholm Agro-Sensing ApS, CVR no. 41873356, Hirsholm, 9900 Frederikshavn, Denmark (the "Supplier").
P:This Contract is on the Buyer's standard terms for the purchase of equipment. The Buyer operates about 2,600 hectares of walnut orchards on terraced slopes between 1,600 and 2,400 metres. Late spring frosts and wet harvest weeks cause heavy losses. The Buyer therefore wishes to buy a network of automatic weather stations and soil probes, with a data platform that warns the orchard teams of frost and disease risk. The Supplier has offered such a network after a site survey. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Section 1 Definitions and Documents
P:1.1 "Equipment" means the weather stations, probes, sensors, gateways and ancillary items listed in Section 3.
P:1.2 "Platform" means the Supplier's AgroSense data platform software, licensed under Section 10, installed on the Buyer's server in Kunming.
P:1.3 "Site" means the orchard blocks and the plantation office listed in Annex 1.
P:1.4 The following documents form this Contract, in this order of priority: these terms; Annex 1 (Site and station plan); Annex 2 (Technical specification); Annex 3 (Acceptance test procedure).
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Site, install and commission the Equipment, install and configure the Platform, calibrate all sensors against a reference station, set up frost and disease-risk alerts for the Buyer's orchard teams, and train the Buyer's staff.
P:2.2 The Supplier shall build the concrete mast foundations and solar mounting for each station in accordance with Annex 2, and shall restore the terraces after installation.
H:Section 3 Contract Price
P:3.1 The Contract Price is as follows (CNY, including VAT, delivery to Site and import duties):
TB:No.|Item|Qty|Unit price|Amount
TB:1|Automatic weather station (air temperature, humidity, wind, rain, solar radiation)|18|38,600|694,800
TB:2|Soil moisture and temperature probe, three depths|64|4,250|272,000
TB:3|Leaf wetness and frost sensor|36|2,900|104,400
TB:4|LoRaWAN gateway with solar power kit|6|17,800|106,800
TB:5|AgroSense Platform perpetual licence, one plantation|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,326,000
TB:6|Installation, mast foundations and commissioning|1|118,000|118,000
TB:7|Calibration and training|1|26,000|26,000
TB:|Contract Price|||1,470,000
P:3.2 The Contract Price is a fixed lump sum and covers everything the Supplier needs to perform this Contract.
H:Section 4 Delivery and Time for Completion
P:4.1 The Supplier shall deliver all Equipment to the plantation office within 75 days after signature and complete installation and commissioning within 110 days after signature, so that the network is working before the next flowering season.
P:4.2 Delivery is complete when the Buyer signs the delivery note. Signing the delivery note does not mean that the Equipment is accepted.
P:4.3 The Supplier bears the risk of loss of or damage to the Equipment until delivery, and shall pack the Equipment for transport on mountain roads. Customs clearance of imported items is the Supplier's responsibility; the Buyer shall provide any documents the Supplier reasonably requests for it.
H:Section 5 Payment
P:5.1 Advance: 10% of the Contract Price (CNY 147,000) within 15 working days after signature, against an advance payment guarantee of the same amount from a bank in mainland China.
P:5.2 55% of the Contract Price (CNY 808,500) within 15 working days after the Buyer signs the installation certificate.
P:5.3 35% of the Contract Price (CNY 514,500) within 15 working days after Final Acceptance.
P:5.4 The Supplier shall issue a valid VAT invoice for each payment.
H:Section 6 Acceptance
P:6.1 After commissioning, the network shall run for 30 consecutive days. Final Acceptance requires that: each weather station and gateway delivers at least 98% of its scheduled readings; every sensor agrees with the reference station within the tolerances of Annex 2; frost alerts reach the orchard team leaders' phones within 5 minutes after the threshold is crossed; and the Platform shows one season of history and exports data in CSV.
P:6.2 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 days. Otherwise the Supplier shall correct the defects at its own cost and the test shall be repeated.
P:6.3 Installation, commissioning, the test run or use of the network by the Buyer does not amount to acceptance.
H:Section 7 Warranty
P:7.1 The Supplier warrants that the Equipment and the Platform are new, free from defects in design, materials and workmanship, and conform to Annex 2, for 24 months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace defective Equipment and correct defects in the Platform free of charge, including parts, labour and travel, within a reasonable time after the Buyer's notice. The Supplier shall keep a stock of spare sensors at the plantation office.
P:7.3 Replaced parts carry a new warranty for the remainder of the Warranty Period or six months, whichever is longer.
H:Section 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may buy annual support, covering repairs, recalibration, spare parts and Platform updates. The annual support fee is 8% of the Hardware and Licence Subtotal, namely CNY 106,080 per year, fixed for three years after the Warranty Period.
P:8.2 Annual support is ordered by the Buyer's written order each year; it does not renew automatically.
H:Section 9 Delay Damages
P:9.1 If the Supplier fails to complete installation and commissioning by the date in Section 4.1, it shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:9.2 Payment of delay damages does not release the Supplier from its obligation to complete the work.
H:Section 10 Intellectual Property
P:10.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Platform for its plantation.
P:10.2 The alert rules, dashboards, orchard block maps and data interfaces prepared for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely.
H:Section 11 Data
P:11.1 All weather, soil and orchard data collected by the network belongs to the Buyer. The Supplier shall use it only to perform this Contract.
P:11.2 The Platform runs on the Buyer's server. The Supplier may access it remotely only with the Buyer's approval for each session, through encrypted connections and named accounts, and shall not copy data out of the Buyer's systems.
P:11.3 The Supplier shall report to the Buyer within 24 hours any unauthorised access to or loss of the Buyer's data that it discovers, shall help to remedy it, and shall be liable for the losses caused by its breach of this Section.
H:Section 12 Confidentiality
P:12.1 Each party shall keep confidential the non-public business and technical information of the other party obtained under this Contract and shall not disclose it to third parties without the other party's written consent, during the Contract and for three years after it ends.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any work without the Buyer's prior written consent. The Supplier is responsible for the work of any subcontractor, including a local civil-works contractor for the mast foundations.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for Equipment or services not accepted, and compensate the Buyer's losses.
H:Section 15 Training and Documentation
P:15.1 The Supplier shall train up to twelve of the Buyer's orchard technicians at the plantation office in the use of the Platform, the reading of alerts, the cleaning of rain gauges and radiation sensors, the replacement of batteries and the basic fault checks of each station. Training shall be given in Chinese, with an interpreter provided by the Supplier where needed.
P:15.2 The Supplier shall hand over, in Chinese and English, the station layout drawings, wiring diagrams, calibration certificates for every sensor, the Platform administration guide and a maintenance schedule.
H:Section 16 Liability and Insurance
P:16.1 Each party is liable for the losses it causes by breach of this Contract under applicable law.
P:16.2 The Supplier shall insure its staff and its work on the Site, and shall follow the Buyer's safety rules for work on terraced slopes.
H:Section 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 18 General
P:18.1 This Contract is signed in English and Chinese; both texts are equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________   For the Supplier: ____________________
P:Date: 9 September 2025
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules)
H322E04 = """# Managed Identity Services Agreement

**Agreement reference:** NIA-HR-2025-07

**Between**

1. **Ningbo Cixi Hengrun Bearing Co., Ltd.**, Binhai Economic Development Zone, Cixi, Zhejiang Province, People's Republic of China (the "Customer"); and
2. **Nordoyan Identity AS**, organisation no. 927 441 806, Nordoyan, 7900 Rorvik, Norway (the "Provider").

**Recitals.** The Customer makes precision ball and roller bearings at three plants and employs about 2,400 people. Its user accounts are spread over an ageing Active Directory, the ERP system, the MES and many web applications, with no single sign-on and no regular access reviews. The Provider runs a managed identity service (single sign-on, multi-factor authentication, lifecycle management and access certification) and operates it for customers in China from a licensed data centre in Shanghai. The parties agree as follows. All charges are stated in Chinese yuan (CNY) at the Customer's request.

## 1. Definitions

1.1 **Service** means the managed identity service described in clause 2 and Schedule 1.

1.2 **Service Commencement Date** means the date on which the Customer signs the commencement certificate under clause 4.

1.3 **Subscription Year** means each consecutive period starting on the Service Commencement Date or on an anniversary of it.

1.4 **Customer Data** means all directory data, identity attributes, credentials, access logs and reports processed in the Service for the Customer.

1.5 **Set-up** means the one-time work described in clause 3.

## 2. The Service

2.1 The Provider shall provide the Service to the Customer for three Subscription Years (the "Term"), for up to 2,600 identities.

2.2 The Service includes: single sign-on for the Customer's ERP, MES, e-mail and web applications; multi-factor authentication by mobile app and hardware token; joiner, mover and leaver workflows driven by the HR system; quarterly access certification campaigns; privileged account vaulting for 60 administrator accounts; and a 24x7 operations desk.

2.3 The Service is hosted in a data centre in Shanghai operated by a cloud operator licensed in mainland China and named in Schedule 3. The Customer approves that operator by signing this Agreement.

## 3. Set-up

3.1 The Provider shall connect the Customer's Active Directory and HR system, build single sign-on connectors for 38 applications listed in Schedule 3, migrate the existing accounts, roll out multi-factor authentication to all users, and train the Customer's IT staff.

3.2 The Provider shall complete Set-up and make the Service ready for commencement testing within 70 days after signature.

3.3 If the Provider misses the date in clause 3.2, it shall pay the Customer CNY 1,500 for each day of delay, up to CNY 90,000, by deduction from the next invoice.

## 4. Commencement Testing

4.1 Commencement tests under Schedule 3 shall show that: all 38 applications accept single sign-on; all active employees are migrated with correct group memberships; leaver accounts are disabled in all connected systems within 15 minutes after the HR record is closed; multi-factor authentication is enforced for remote and administrator access; and a failover of the Service to the secondary site completes within 30 minutes.

4.2 When the tests are passed, the Customer shall sign a commencement certificate within five working days. Use of the Service in pilot does not count as commencement.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,432,000.

5.2 On signature of this Agreement the Provider shall invoice the Set-up Fee together with the Service Fee for the first Subscription Year. The Customer shall pay that invoice within 15 days after receipt, and in any case before the Service Commencement Date.

5.3 The Service Fee for each later Subscription Year is invoiced 30 days before that Subscription Year starts and payable on its first day.

5.4 The charges are fixed for the Term. Identities above 2,600 are charged at CNY 160 per identity per Subscription Year and are not part of the Total Contract Value.

## 6. Service Levels

6.1 Monthly availability of authentication (single sign-on and multi-factor authentication) shall be at least 99.95%, measured at the Provider's edge, excluding maintenance agreed with the Customer in advance.

6.2 Incidents are prioritised and handled as set out in Schedule 1.

6.3 If availability falls short of clause 6.1 or a Priority 1 restoration time is missed, the Provider shall grant the service credits in Schedule 1, deducted from the next invoice or paid within 30 days after the end of the Term.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Service and for no other purpose.

7.2 The Provider shall keep Customer Data in mainland China; hold ISO/IEC 27001 certification and a Multi-Level Protection Scheme level 3 filing for the Service; encrypt Customer Data in transit and at rest; give its staff access only through its privileged access system with session recording; and review that access every quarter.

7.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall contain and investigate it, shall report its findings in writing, and shall be liable for the losses the Customer suffers as a result of the Provider's failure to comply with this clause 7.

7.4 At the end of the Term the Provider shall export all Customer Data to the Customer in a standard format and then delete it, and shall confirm the deletion in writing.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's system architecture and the Provider's operating procedures, use it only for this Agreement, and not disclose it without the other party's prior written consent. This clause survives the end of the Agreement for three years.

## 9. Intellectual Property

9.1 The Provider owns the Service platform.

9.2 The connectors, workflow definitions, role models and scripts built for the Customer during Set-up or the Term belong to the Customer. The Customer may use, modify and license them freely, also with another provider.

## 10. Subcontracting

10.1 Apart from the data centre operator in clause 2.3, the Provider shall not subcontract any part of the Service without the Customer's prior written consent.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to death or personal injury, wilful misconduct, or breach of clause 7 or clause 8.

## 12. Term and Ending

12.1 This Agreement starts on signature and ends at the end of the third Subscription Year. It does not renew automatically; any extension requires a written agreement signed by both parties, including the charges.

12.2 Neither party may terminate this Agreement before the end of the Term. The Customer's remedies for any failure of the Provider are the service credits under clause 6.3, the delay payments under clause 3.3 and damages under clause 11.

12.3 At the end of the Term the Provider shall provide up to 60 days of exit assistance at no extra charge, so that the Customer can move the Service to another provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 Notices shall be in writing, in English or Chinese, to the addresses above.

14.2 Schedules 1 to 3 form part of this Agreement.

14.3 Neither party is responsible for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly, takes reasonable steps to limit the effects and resumes performance as soon as possible. A failure of the Provider's own systems or suppliers is not such an event.

14.4 Any change to this Agreement must be in writing and signed by authorised representatives of both parties.

## Schedule 1 - Priorities and Service Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | Users at one or more plants cannot authenticate to business applications | 15 minutes | 2 hours |
| P2 | A single application or function cannot use single sign-on | 1 hour | 8 hours |
| P3 | A minor fault or request for information | 1 business day | 5 business days |

| Event | Service credit |
|---|---|
| Monthly availability below 99.95% but at least 99.5% | 5% of the monthly Service Fee |
| Monthly availability below 99.5% | 10% of the monthly Service Fee |
| Each hour beyond a P1 restoration time | 2% of the monthly Service Fee |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) | Total for the Term (CNY) |
|---|---|---|---|
| Set-up Fee | one-time | 196,000 | 196,000 |
| Service Fee, up to 2,600 identities | per Subscription Year | 412,000 | 1,236,000 |
| **Total Contract Value** | | | **1,432,000** |

## Schedule 3 - Applications, Data Centre and Test Plan

The list of 38 applications, the data centre operator and the commencement test plan are attached as separate sheets.

**For the Customer:** ____________________  **For the Provider:** ____________________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings + Schedule)
H322E05 = """API SUBSCRIPTION AGREEMENT - TEACHER CERTIFICATE CHECK

Agreement No.: LV-QS-2025-118
Date: 22 September 2025

PARTIES

Hangzhou Qiushi Tutoring Technology Co., Ltd., 1288 Wenyi West Road, Yuhang District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer"); and

Lastovo Verify d.o.o., OIB 58213907461, Ubli 14, 20290 Otok Lastovo, Croatia ("Vendor").

BACKGROUND

Customer runs an online tutoring platform on which about 9,000 independent tutors offer lessons to school pupils. Before a tutor may publish a profile, Customer must confirm that the tutor holds a valid teacher qualification certificate. Vendor offers an application programming interface ("API") that checks a tutor's certificate number, name and date of birth against licensed data sources and returns a match result with a reference code. Customer wishes to subscribe to that API. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Check" means one API request that returns a match result.

1.2 "Customer Data" means all data that Customer sends to the API, including tutor names, dates of birth, identity card numbers and certificate numbers, and all results returned for Customer.

1.3 "Go-Live Date" means the date on which Customer signs the integration acceptance record under clause 4.

1.4 "Subscription Year" means each consecutive period beginning on the Go-Live Date or on an anniversary of it.

2. SUBSCRIPTION

2.1 Vendor grants Customer the right to call the API from Customer's platform for two Subscription Years from the Go-Live Date (the "Term"), up to 160,000 Checks in each Subscription Year.

2.2 The API is reached through an endpoint hosted in mainland China by the hosting provider named in the Schedule. Customer approves that hosting provider by signing this Agreement.

2.3 Vendor provides a test environment, API documentation in Chinese and English, and sample code for Java and Python.

2.4 Each result states whether the certificate number exists, whether the name and date of birth match it, the certificate type and subject, and the date of the last update of the source. Where a source cannot be reached, the API returns a pending status and Vendor completes the Check within 24 hours without a further charge.

2.5 Customer may use the test environment free of charge for up to 5,000 test requests per month. Test requests are not counted against the annual allowance of Checks.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule. The Total Contract Value is CNY 396,000.

3.2 The Integration Fee is invoiced on the Go-Live Date. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days. Customer pays nothing before the Go-Live Date.

3.3 Checks above the annual allowance are charged at CNY 0.90 per Check, invoiced quarterly in arrears, and are not part of the Total Contract Value.

3.4 The fees are fixed for the Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall support Customer's developers in connecting Customer's tutor onboarding workflow to the API, including the mapping of result codes to Customer's review queue, and shall make the production endpoint available for acceptance testing within 30 days after signature.

4.2 Acceptance criteria: 2,000 test Checks drawn from Customer's historical files return results that agree with Customer's manual verification records; the median response time of the API is below 800 milliseconds and no response takes longer than 3 seconds under a load of 20 requests per second; every result carries a reference code that Customer can quote to the issuing authority. When the criteria are met Customer shall sign an integration acceptance record within five working days. Live use before that record is not acceptance.

4.3 If Vendor fails to make the production endpoint available by the date in clause 4.1, Vendor shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance notified three days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Incident handling:
- Priority 1 (the API is unavailable or returns errors for all requests): response within 30 minutes, restoration target 3 hours.
- Priority 2 (errors or slow responses for part of the requests): response within 2 hours, restoration target 1 business day.
- Priority 3 (questions, documentation errors): response within 2 business days.

5.3 Vendor reports monthly availability and all Priority 1 and Priority 2 incidents to Customer by the tenth day of the following month.

5.4 If Vendor misses a level in this clause 5, Vendor's sole obligation is to restore the API as quickly as it reasonably can and to explain the cause in its monthly report. No service credits, fee reductions or damages apply to a missed service level.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform the Checks requested by Customer and to prepare the monthly report, and for no other purpose. Vendor shall not sell Customer Data or build profiles of tutors from it.

6.2 Vendor shall delete Customer Data within 90 days after each Check, except the reference code and match result, which it keeps until the end of the Term so that Customer can query past results.

6.3 On expiry of the Term, Vendor shall send Customer a CSV export of all retained results and then delete them.

6.4 Customer may ask at any time for a list of the retained results and may instruct Vendor to delete the results relating to a particular tutor, for example after the tutor closes the account.

7. CONFIDENTIALITY

7.1 Each party shall treat as confidential all business, technical and commercial information received from the other party, including the terms of this Agreement, and shall not disclose it to any third party without the other party's written consent, except to its professional advisers or where the law requires.

7.2 This clause 7 survives the end of this Agreement for three years.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its software and its documentation.

8.2 The connector code, result-code mapping and review-queue rules written for Customer belong to Customer, whether written by Customer or by Vendor, and Customer may use, modify and license them freely.

9. CUSTOMER RESPONSIBILITIES

9.1 Customer shall obtain from each tutor the consent needed to send the tutor's data for a Check, in the form set out in Customer's tutor terms, and shall send only the fields listed in the API documentation.

9.2 Customer shall keep its API keys secret, rotate them at least every six months and revoke a key without delay if it suspects misuse. Customer is responsible for Checks made with its keys.

9.3 Customer shall not use the API to check persons other than applicants for tutor profiles on its own platform, and shall not resell results.

10. CHANGES TO THE API

10.1 Vendor may improve the API during the Term. Vendor shall give Customer at least 60 days' notice of any change that requires Customer to modify its connector, and shall keep the previous version available until the end of that notice period.

10.2 Vendor shall not remove a data field or result code used by Customer during the Term without Customer's written agreement.

11. SUBCONTRACTING

11.1 Apart from the hosting provider approved under clause 2.2, Vendor shall not subcontract any part of its obligations without Customer's prior written consent.

12. LIABILITY

12.1 Vendor's total liability arising from this Agreement shall not exceed twice the Total Contract Value.

12.2 Neither party is liable to the other for loss of profit or for indirect loss.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 20 days after receiving notice of it.

13.2 On termination by Customer under clause 13.1, Vendor shall refund the Subscription Fee for the unexpired part of the Subscription Year.

13.3 This Agreement ends at the end of the Term. It does not renew automatically.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

15. GENERAL

15.1 Neither party is responsible for a delay caused by events beyond its reasonable control, if it informs the other party promptly and resumes performance as soon as it can.

15.2 This Agreement, with its Schedule, is the whole agreement between the parties. Changes must be made in writing and signed by both parties.

15.3 This Agreement is made in English and Chinese. Both versions have equal force.

SCHEDULE - FEES AND HOSTING

Fees (CNY, including taxes):
- Integration Fee (one-time): 24,000
- Subscription Fee per Subscription Year, including 160,000 Checks: 186,000
- Subscription Fees for the Term (two Subscription Years): 372,000
- Total Contract Value: 396,000

Hosting provider: a cloud operator licensed in mainland China, Hangzhou region, as named in the order confirmation.

SIGNATURES

For Customer: ______________________   Name:            Title:

For Vendor: ________________________   Name:            Title:
"""

# ================================================================ files
STEMS = {
    "h322z01": ("h322z01_forest_fire_risk_monitoring_platform", "pdf", "zh", H322Z01),
    "h322z02": ("h322z02_plywood_hot_press_control_retrofit", "docx", "zh", H322Z02),
    "h322z03": ("h322z03_fitness_chain_scheduling_saas", "txt", "zh", H322Z03),
    "h322z04": ("h322z04_museum_collection_system_annual_om", "txt", "zh", H322Z04),
    "h322z05": ("h322z05_peach_cannery_mes_supplier_template", "md", "zh", H322Z05),
    "h322e01": ("h322e01_clay_figurine_glaze_software_greek_vendor", "pdf", "en", H322E01),
    "h322e02": ("h322e02_museum_pass_ticketing_saas_estonian_vendor", "md", "en", H322E02),
    "h322e03": ("h322e03_walnut_plantation_weather_sensors", "docx", "en", H322E03),
    "h322e04": ("h322e04_bearing_maker_managed_identity_service", "md", "en", H322E04),
    "h322e05": ("h322e05_tutor_certificate_check_api", "txt", "en", H322E05),
}

# ================================================================ labels (buyer's view; arithmetic in NOTES.md)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


# extra: sla_clause, ld_stated, capped (goods only, else None), deemed, value; private: category, fee base, forum_out
LABELS = {
    "h322z01": dict(category="hardware", value=3472000, base=3121000, forum_out=False, sla=True, ld_stated=True,
                    capped=True, deemed=False,
                    t=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 7, False, True,
                        False, "PRC", G),
                    rules=[]),
    "h322z02": dict(category="hardware", value=1380000, base=1160000, forum_out=False, sla=True, ld_stated=True,
                    capped=False, deemed=False,
                    t=T(None, 1, True, "buyer", True, True, True, 0.03, None, 25, True, True, 24, None, False, True,
                        True, "PRC", G),
                    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"]),
    "h322z03": dict(category="cloud", value=653000, base=None, forum_out=False, sla=True, ld_stated=True,
                    capped=None, deemed=False,
                    t=T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True,
                        True, False, "PRC", S),
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h322z04": dict(category="services", value=386000, base=None, forum_out=False, sla=True, ld_stated=True,
                    capped=None, deemed=False,
                    t=T(99.95, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None, False,
                        True, False, "PRC", S),
                    rules=[]),
    "h322z05": dict(category="software", value=1580000, base=1280000, forum_out=False, sla=True, ld_stated=False,
                    capped=True, deemed=True,
                    t=T(None, 8, False, "supplier", True, False, True, None, 20, 55, False, False, 6, 24, False,
                        True, None, None, G),
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                           "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
                           "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h322e01": dict(category="software", value=713000, base=591800, forum_out=True, sla=True, ld_stated=True,
                    capped=True, deemed=False,
                    t=T(None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 9, False, True,
                        False, "Greece", G),
                    rules=["CR-GOVERNING-LAW"]),
    "h322e02": dict(category="cloud", value=662000, base=None, forum_out=True, sla=True, ld_stated=True,
                    capped=None, deemed=False,
                    t=T(99.95, 0.5, True, "buyer", True, True, False, 600 / 662000 * 100, 6 / 24 * 100, None, True,
                        None, None, None, False, True, False, "Estonia", S),
                    rules=["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "h322e03": dict(category="hardware", value=1470000, base=1326000, forum_out=False, sla=False, ld_stated=True,
                    capped=True, deemed=False,
                    t=T(None, None, False, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 8, False, True,
                        False, "PRC", G),
                    rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h322e04": dict(category="services", value=1432000, base=None, forum_out=False, sla=True, ld_stated=True,
                    capped=None, deemed=False,
                    t=T(99.95, 0.25, True, "buyer", True, True, True, 1500 / 1432000 * 100, 150,
                        (196000 + 412000) / 1432000 * 100, True, None, None, None, False, False, False, "PRC", S),
                    rules=["CR-PREPAYMENT", "CR-TERMINATION"]),
    "h322e05": dict(category="cloud", value=396000, base=None, forum_out=False, sla=True, ld_stated=True,
                    capped=None, deemed=False,
                    t=T(99.95, 0.5, False, "buyer", False, True, True, 400 / 396000 * 100, 200, None, True, None,
                        None, None, False, True, False, "PRC", S),
                    rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(lab):
    """Policy §4: horizon 5 years from acceptance; value = purchase + implementation; fee base = itemised subtotal."""
    t = lab["t"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * lab["base"] * years
    return lab["value"] + fees, fees, fees / (lab["value"] + fees) * 100


def derive_rules(lab):
    """My reading of policy.md §3 applied to the labels (a consistency check of the hand-written rule lists)."""
    t, r = lab["t"], []
    if not lab["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if lab["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not lab["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not lab["capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        x = tco(lab)
        if x is not None and x[2] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or lab["forum_out"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    stem, ext, lang, _ = STEMS[key]
    lab = LABELS[key]
    extra = {"sla_clause": lab["sla"], "ld_stated": lab["ld_stated"]}
    if lab["t"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = lab["capped"]
    extra["acceptance_deemed_on_delivery"] = lab["deemed"]
    extra["contract_value"] = lab["value"]
    doc = {"file": f"{stem}.{ext}", "language": lang, "category": lab["category"], "expected_terms": lab["t"],
           "expected_extra": extra, "expected_rules": sorted(lab["rules"])}
    return json.dumps(doc, indent=1, ensure_ascii=False)


# ================================================================ threshold scan
NUMZ = "零〇一二两三四五六七八九十百千"
FORBIDDEN = [
    ("availability 99.9", r"99\.9(?![0-9])"),
    ("4 hours", r"(?<![0-9.])4\s*(?:-|\s)?\s*(?:hours?|hrs?|h\b|小时|個小時|个小时)"),
    ("four hours", r"\bfour[\s-]+hours?\b"),
    ("四小时", r"(?<![" + NUMZ + r"])四\s*(?:个)?小时"),
    ("240 minutes", r"(?<![0-9.])240\s*(?:minutes?|mins?|分钟)"),
    ("0.05 %", r"(?<![0-9])0\.05(?![0-9])"),
    ("万分之五", r"万分之五(?![" + NUMZ + r"])"),
    ("100 %", r"(?<![0-9.])100\s*(?:%|％|per\s*cent|percent)"),
    ("百分之百", r"百分之(?:一)?百"),
    ("one hundred per cent", r"one\s+hundred\s+per\s*cent"),
    ("30 %", r"(?<![0-9.])30\s*(?:%|％|per\s*cent|percent)"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"(?<![" + NUMZ + r"])三成"),
    ("thirty per cent", r"thirty\s+(?:per\s*cent|percent)"),
    ("40 %", r"(?<![0-9.])40\s*(?:%|％|per\s*cent|percent)"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("四成", r"(?<![" + NUMZ + r"])四成"),
    ("forty per cent", r"forty\s+(?:per\s*cent|percent)"),
    ("15 %", r"(?<![0-9.])15\s*(?:%|％|per\s*cent|percent)"),
    ("百分之十五", r"百分之十五"),
    ("fifteen per cent", r"fifteen\s+(?:per\s*cent|percent)"),
    ("12 months", r"(?<![0-9.])12\s*(?:-|\s)?\s*(?:months?|个月|個月)"),
    ("twelve months", r"\btwelve[\s-]+(?:calendar\s+)?months?\b"),
    ("十二个月", r"(?<![" + NUMZ + r"])十二\s*个?月"),
    ("one year", r"(?<![-\w.,])(?:one|1)[\s-]+years?\b"),
    ("一年", r"(?<![" + NUMZ + r"])一\s*年|(?<![0-9])1\s*年"),
    ("5 years", r"(?<![0-9.])5\s*(?:-|\s)?\s*(?:years?|年)"),
    ("five years", r"\bfive[\s-]+years?\b"),
    ("五年", r"(?<![" + NUMZ + r"])五\s*年"),
    ("60 months", r"(?<![0-9.])60\s*(?:-|\s)?\s*(?:months?|个月)"),
    ("sixty months", r"\bsixty[\s-]+months?\b"),
    ("六十个月", r"六十\s*个?月"),
]
MUST_HIT = ["99.9%", "4 hours", "4-hour", "four hours", "四小时", "4小时", "240 minutes", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "40 %", "百分之四十", "15%", "百分之十五", "12 months",
            "十二个月", "12个月", "one year", "一年", "5 years", "五年", "5年", "60 months", "fifteen per cent",
            "twelve months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "0.045元", "四十二个月",
                "2025年", "2021年", "十一年", "200%", "130%", "14 hours", "万分之五十", "25 years", "twenty-one years",
                "三十个月", "45%", "2,400 metres", "第十一条", "1,500 / 1,432,000", "0.055"]


def scan(text):
    hits = []
    for name, rx in FORBIDDEN:
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = re.search(rx, variant, re.I)
            if m:
                hits.append((name, variant[max(0, m.start() - 20):m.end() + 20]))
                break
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), f"regex misses {s!r}"
    for s in MUST_NOT_HIT:
        assert not scan(s), f"regex wrongly hits {s!r}: {scan(s)}"


# ================================================================ read-back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def near(x, y, rel=0.01):
    return x is not None and abs(x - y) <= abs(y) * rel


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in STEMS.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (f"{stem}.{ext}", ext)
        else:
            (OUT / f"{stem}.{ext}").write_text(src, encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    write(sources, targets, OUT, wrap_words=True)

    fired, problems = set(), []
    for key, (stem, ext, lang, src) in STEMS.items():
        lab = LABELS[key]
        (OUT / f"{stem}.json").write_text(label_json(key), encoding="utf-8")
        text = read_back(OUT / f"{stem}.{ext}")
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append(f"{key}: length {size} outside {lo}-{hi}")
        for src_text in (src, text):
            for name, ctx in scan(src_text):
                problems.append(f"{key}: threshold figure {name}: {ctx!r}")
        t = lab["t"]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if near(t[k], thr, 0.0001 if k == "availability_pct" else 0.02):
                problems.append(f"{key}: {k} {t[k]} on threshold {thr}")
        if t["warranty_months"] is not None and near(t["warranty_months"], 60):
            problems.append(f"{key}: warranty on the 5-year horizon")
        x = tco(lab)
        if x is not None and near(x[2], 40, 0.03):
            problems.append(f"{key}: TCO share {x[2]:.2f} near 40")
        d = derive_rules(lab)
        if d != sorted(lab["rules"]):
            problems.append(f"{key}: derived {d} != labelled {sorted(lab['rules'])}")
        fired |= set(lab["rules"])
        extra = f" TCO {x[0]:,.0f}, post-warranty share {x[2]:.2f} %" if x else ""
        print(f"{stem}.{ext}: {size} {'chars' if lang == 'zh' else 'words'}; risk {risk(lab['rules'])}; "
              f"rules {', '.join(sorted(lab['rules'])) or '(none)'}{extra}")
    missing = set(SEVERITY) - fired
    if missing:
        problems.append(f"rules never fired: {sorted(missing)}")
    counts = sorted(len(v["rules"]) for v in LABELS.values())
    risks = [risk(v["rules"]) for v in LABELS.values()]
    print("findings per contract:", counts, "| risks:", risks)
    if counts[:3] != [0, 0, 1] or any(not 2 <= c <= 3 for c in counts[3:9]) or counts[9] < 8:
        problems.append(f"mix wrong: {counts}")
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, f"{len(problems)} problems"
    print("all checks passed; all 20 CR rules fire at least once")


if __name__ == "__main__":
    main()
