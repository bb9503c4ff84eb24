"""Builds holdout212: ten ordinary draft contracts (5 zh, 5 en) and their hand-made labels.

All contract sources are kept here. The two .docx and the two .pdf are built with ../word_pdf.py (PDF lines broken at
word boundaries, wrap_words=True); the .md and .txt files are written as they are. The .json labels are written from
the LABELS table at the end, after every price sum is asserted and the policy rules (policy.md section 3 and section 4
TCO) are re-applied to each label's terms and compared with the planned rule list.
Run with /work/main/.venv/bin/python.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h212z01 (.docx, 第X条 + 1.1)
H212Z01 = """T:清源市建筑工地扬尘在线监测平台建设项目政府采购合同
P:合同编号：QYZJ-2026-ZC017　　采购项目编号：QYCG-2026-GK-0342（公开招标）
P:采购人（甲方）：清源市住房和城乡建设局　　地址：清源市滨河路88号
P:供应商（乙方）：杭州澄风环境监测技术有限公司　　地址：杭州市余杭区文一西路1500号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就清源市建筑工地扬尘在线监测平台建设项目（以下简称“本项目”）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方在全市120个在建房屋建筑及市政工程工地建设扬尘在线监测点，并建设市级扬尘在线监测平台，实现颗粒物、噪声和气象参数的实时监测、视频抓拍、超标预警、喷淋联动和执法闭环管理。
P:1.2 本项目采用交钥匙方式实施。乙方负责设备供货、安装调试、平台部署与定制开发、与“清源市智慧住建”系统及生态环境部门监测平台的数据对接、人员培训以及质保期内的运维服务。
P:1.3 平台部署在清源市政务云，云资源由甲方提供，乙方负责应用部署、配置和安全加固。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰肆拾陆万元整（¥3,460,000.00），为固定总价，包含设备、软件、安装、对接、培训、运输、保险、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|扬尘在线监测设备（PM2.5/PM10/TSP、噪声、温湿度、风速风向）|120套|16,800|2,016,000
TB:2|视频监控抓拍单元|120套|3,450|414,000
TB:3|喷淋联动控制器|120套|1,280|153,600
TB:4|扬尘监测平台软件许可（含移动端，永久许可）|1套|386,000|386,000
TB:—|软硬件小计|—|—|2,969,600
TB:5|平台定制开发（工地档案、预警处置流程、执法联动接口）|1项|298,000|298,000
TB:6|安装调试及数据对接|1项|167,400|167,400
TB:7|培训|1项|25,000|25,000
TB:—|合同总价|—|—|3,460,000
P:2.2 实施期间在建工地数量发生变化的，按上表单价据实结算，增减金额不超过合同总价的10%。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的25%作为预付款，即¥865,000。
P:3.2 全部设备安装完成、平台上线并通过初步验收后，甲方支付合同总价的45%，即¥1,557,000。
P:3.3 项目通过最终验收后，甲方支付合同总价的25%，即¥865,000。
P:3.4 其余5%（¥173,000）作为质量保证金，质保期满且乙方履行完毕质保义务后20个工作日内无息支付。
P:3.5 乙方在每次付款前开具等额增值税专用发票，甲方按国库集中支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货和安装，90日内完成平台部署、定制开发和数据对接，并书面申请初步验收。
P:4.2 设备安装须符合工地现场安全管理要求，乙方施工人员须接受工地安全技术交底。设备到货由甲方、工地监理和乙方共同清点签收，签收仅表示数量和外观无误，不代表质量验收。
P:4.3 乙方应向甲方提交实施方案、点位清单、设备合格证、计量校准证书、接口文档、操作手册和运维手册。
H:第五条 验收
P:5.1 初步验收：全部点位安装完成、平台上线后，由甲方组织初步验收，标准为：（1）设备型号、数量和配置与投标文件一致；（2）颗粒物监测数据与甲方委托的第三方比对监测结果的相对误差符合本市《建设工程施工扬尘在线监测技术规范》的要求；（3）监测数据每分钟上传一次，平台显示延迟不超过60秒；（4）超标预警、视频抓拍、喷淋联动和执法联动接口逐项测试通过；（5）平台通过第三方安全测评，无高危漏洞。
P:5.2 最终验收：初步验收合格后连续试运行60日，试运行期间每台设备日均数据有效率不低于95%且未发生一级故障的，由甲方组织最终验收并出具最终验收报告。
P:5.3 设备到货、安装完成、平台上线运行或甲方支付进度款，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修、更换、年度校准、软件缺陷修复和版本升级。
P:6.2 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或10个以上点位同时离线）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个点位离线或数据异常）2小时内响应，48小时内修复。
P:6.3 乙方未达到上述服务水平的，一级故障每超时1小时扣减¥800，二级故障每超时1小时扣减¥200；平台月度可用率每低于承诺值0.01个百分点，扣减¥1,000。扣减金额从质量保证金或应付款中直接抵扣。
P:6.4 质保期满后，甲方如需继续采购运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过¥237,568），该标准在质保期满后两年内不上调；运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的功能模块、接口程序、源代码、数据库设计及技术文档，其知识产权归甲方所有。乙方应在最终验收时移交全部源代码和文档，甲方有权自行或委托第三方使用、修改和升级。
P:7.2 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属单位。
P:7.3 乙方保证所提供的设备和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 监测数据、视频图像、工地及企业信息等本项目产生和汇集的全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第二级要求落实安全措施，视频传输采用加密通道，运维访问须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、执法信息、企业信息及未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期申请初步验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金，但因财政资金拨付程序造成的延迟除外。
H:第十一条 分包
P:11.1 乙方不得转包本项目。监测立杆基础等土建配套工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已收取的相应款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效，并按规定报财政部门备案。
P:甲方（盖章）：清源市住房和城乡建设局　　乙方（盖章）：杭州澄风环境监测技术有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- h212z02 (.pdf, 一、/（一）/1.)
H212Z02 = """T:电缆绝缘偏心在线检测系统采购及维保合同
P:合同编号：YF-SB-2026-058
P:甲方（买方）：江苏远帆电缆有限公司　　地址：江苏省宜兴市官林镇工业集中区
P:乙方（卖方）：无锡精测光电科技有限公司　　地址：无锡市新吴区长江南路27号
P:甲方因中压交联电缆生产线质量控制需要，向乙方采购电缆绝缘偏心在线检测系统，并约定质保期满后的维保服务。双方经平等协商，订立本合同。
H:一、供货范围与技术要求
P:（一）乙方为甲方三条交联（CCV）生产线和一条低压挤出线各提供一套X射线绝缘偏心在线检测系统，实时测量导体屏蔽、绝缘和绝缘屏蔽层的厚度、偏心度、外径和椭圆度，测量结果实时显示，并反馈至挤出机控制系统。
P:（二）主要技术指标：壁厚测量精度优于±0.02mm，外径测量精度±0.01mm，测量频率不低于每秒10次；距设备表面5cm处射线泄漏剂量率不超过2.5μSv/h；适用电缆外径10mm至150mm。
P:（三）系统配置及价格如下（单位：元，含13%增值税）：
P:1. X射线绝缘偏心在线检测主机（含旋转扫描头、射线源、控制柜），4台，单价268,000元，金额1,072,000元；
P:2. 激光外径及椭圆度测量仪，4台，单价38,500元，金额154,000元；
P:3. 数据采集服务器及工控机（含检测软件永久许可），1套，金额60,000元；
P:以上硬件小计1,286,000元。
P:4. 安装调试及与甲方MES系统对接，1项，金额128,000元；
P:5. 辐射安全评价配合、操作及维护培训，1项，金额54,000元。
P:合同总价：人民币壹佰肆拾陆万捌仟元整（¥1,468,000）。
P:（四）上述价格为到厂价，包括包装、运输、保险、安装调试、培训及质保期内的全部服务费用。
P:（五）乙方负责对甲方操作人员和设备维护人员进行现场培训，培训不少于3天、20人次，内容包括设备原理、日常操作、辐射防护、常见故障处理和数据查询，培训考核合格后由乙方出具培训证明。
H:二、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，即¥146,800。
P:（二）全部设备运抵甲方工厂并经双方签收后，甲方支付合同总价的50%，即¥734,000。签收仅确认数量与外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥513,800。
P:（四）其余5%（¥73,400）为质量保证金，质保期满且无质量争议后一次性无息支付。
P:（五）乙方在每笔付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方工厂，并在到货后20日内完成安装调试。安装施工应安排在甲方生产线计划停机窗口内进行。
P:（二）射线装置的辐射安全许可由甲方办理，乙方提供所需设备资料和出厂检测报告，并配合现场辐射监测。
P:（三）乙方应随货提供装箱单、合格证、射线源型号及出厂检测报告、操作与维护手册和MES接口说明。
P:（四）乙方随设备免费提供易损件一套（含过滤器、密封圈、冷却风扇和防护窗片），备件清单见附件二。乙方人员进入甲方厂区应遵守甲方安全生产、消防和辐射防护管理规定，因乙方人员违章造成的事故由乙方负责。
H:四、验收
P:（一）安装调试完成后，双方按以下标准进行联合测试：1. 使用甲方提供的5根经第三方计量机构标定的标准样缆，各重复测量10次，壁厚测量误差不超过±0.02mm；2. 射线泄漏剂量率经有资质的机构检测合格；3. 偏心超限报警及挤出机反馈控制功能逐项测试通过；4. 检测数据按生产批次完整写入MES，字段与接口说明一致。
P:（二）联合测试合格后，系统在正常生产条件下连续运行30日，期间未发生导致停线的故障的，双方签署最终验收报告。
P:（三）设备到货、安装完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:五、质量保证与服务水平
P:（一）质保期为十八个月，自最终验收之日起计算。质保期内，因设备质量原因产生的维修、零部件更换（含X射线管）和软件升级，由乙方免费负责。
P:（二）服务水平：一级故障（检测主机停止测量或射线源异常）乙方应在1小时内电话响应，8小时内到达甲方现场，24小时内修复或提供备机；二级故障（单项功能失效）2小时内响应，48小时内修复。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付¥500；因修复超时造成甲方生产线停机的，乙方另按每小时¥1,000赔偿。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，内容包括每季度一次现场巡检、每年两次精度校准、X射线管及易损件更换、软件升级和远程诊断。
P:（二）年度维保费为硬件小计的28%，即每年¥360,080，在每个维保年度开始后30日内支付。该费用标准在质保期满后五年内保持不变。
P:（三）维保服务期间的服务水平和违约责任按本合同五（二）、五（三）的约定执行。
P:（四）维保服务不自动续期，期满是否续签由甲方决定。
H:七、知识产权
P:（一）乙方为本项目开发的MES接口程序、质量报表及其源代码和文档归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:（二）设备内嵌软件及检测软件的著作权归乙方，乙方授予甲方在所购设备上永久使用的许可。
H:八、数据安全
P:（一）检测系统采集的生产工艺数据和产品质量数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程诊断须事先取得甲方书面批准，通过甲方指定的VPN和专用账号接入，每次接入留存日志；乙方人员不得在甲方工厂网络中安装未经甲方同意的软件。
P:（三）因乙方原因导致数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:九、保密
P:乙方对甲方的工艺参数、材料配方、生产计划、客户信息及本合同内容负有保密义务，未经甲方书面同意不得向第三方披露。保密期限为本合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还全部已付款项并赔偿损失。
P:（三）乙方提供的设备存在质量缺陷，造成甲方电缆产品批量报废或被客户退货的，乙方应赔偿甲方的实际损失。
P:（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同转包。设备运输吊装如需分包给第三方，须事先取得甲方书面同意。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:（二）因不可抗力致使本合同无法履行的，受影响一方应在不可抗力发生后3日内通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
H:十四、其他
P:本合同附件（技术协议、设备清单、培训计划）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江苏远帆电缆有限公司（盖章）　　乙方：无锡精测光电科技有限公司（盖章）
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- h212z03 (.md, ## 第X条 + X.Y)
H212Z03 = """# 美甲门店预约管理SaaS服务合同

**合同编号**：KDXZ-IT-2026-011

**甲方（客户）**：上海蔻丹小筑美甲连锁管理有限公司
地址：上海市静安区南京西路1266号12楼

**乙方（服务商）**：杭州约点网络科技有限公司
地址：杭州市滨江区网商路599号3幢

甲方在上海、苏州、杭州经营46家直营美甲门店。为统一管理线上预约、排班、会员和收银，甲方选用乙方的“约点美业”SaaS服务。双方经协商一致，订立本合同。

## 第一条 服务内容

1.1 乙方向甲方提供“约点美业”预约管理SaaS服务（以下简称“本服务”），功能包括：线上预约（微信小程序、美团及大众点评接入）、美甲师排班与提成核算、会员储值与积分、收银对账、营销活动和门店经营报表。

1.2 乙方负责一次性实施服务：46家门店的系统开通；历史会员、储值余额和积分数据迁移；小程序定制皮肤、会员等级规则和营销模板配置；店长及美甲师培训。

1.3 服务期为三年，自本服务上线验收合格之日起计算。

1.4 甲方负责提供门店网络环境、收银终端和历史数据导出文件，指定一名项目联系人，并按约定组织门店人员参加培训。

## 第二条 费用

2.1 本合同费用如下：

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 门店版订阅 | 46店 | 3,600元/店·年 | 165,600/年 |
| 会员营销模块 | 1套 | 48,000元/年 | 48,000/年 |
| 短信及消息推送包 | 1套 | 18,400元/年 | 18,400/年 |
| 年度订阅费合计 | | | 232,000/年 |
| 三年订阅费合计 | | | 696,000 |
| 实施服务费（一次性） | 1项 | | 62,000 |
| **合同总额** | | | **758,000** |

2.2 服务期内新增门店的，按门店版单价按月折算计费；关闭门店的，自下一季度起相应减少订阅费。

2.3 上述价格含6%增值税。订阅费包含本服务的托管、备份、版本升级、在线客服和每季度一次的门店经营数据复盘，乙方不得以功能升级为由另行收费。

2.4 短信及消息推送包每年含短信20万条；超出部分按每条0.045元另行结算，乙方应在用量达到八成时提醒甲方。

## 第三条 付款

3.1 订阅费按季度后付：每季度结束后10日内乙方开具发票，甲方在收到发票后20日内支付当季订阅费¥58,000。

3.2 实施服务费在上线验收合格后一次性支付。

3.3 本合同不设预付款。

## 第四条 实施与上线验收

4.1 乙方应在合同签订后45日内完成全部门店开通和数据迁移，并书面申请上线验收。

4.2 上线验收标准：（1）历史会员、储值余额和积分迁移后与甲方原系统逐条核对一致；（2）小程序预约、排班、收银和对账功能按甲方确认的测试用例全部通过；（3）模拟周末高峰500个并发预约请求时，页面响应时间不超过2秒；（4）全部店长完成培训并通过操作考核。

4.3 上述标准全部满足后，甲方出具上线验收单。系统开通或门店开始使用，不视为验收合格。

4.4 因乙方原因逾期完成上线验收的，每逾期一日，乙方向甲方支付违约金¥500；逾期超过30日的，甲方有权解除合同。

## 第五条 服务水平

5.1 乙方承诺本服务月度可用率不低于99.5%。计划内维护须提前3日通知甲方，并安排在凌晨0:00至6:00之间，不计入不可用时间。

5.2 故障分级与响应：一级故障（全部门店无法预约或收银）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级问题在下一工作日内答复。

5.3 月度可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%抵扣服务费；低于99%的，抵扣当月订阅费的10%。一级故障恢复超时的，每次另抵扣当月订阅费的2%。

5.4 乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长和应抵扣金额，经甲方确认后在当季订阅费中抵扣。

## 第六条 数据

6.1 甲方的会员信息、预约记录、消费及储值数据（以下简称“甲方数据”）归甲方所有。

6.2 甲方同意，乙方可在服务期内及服务期满后，将甲方数据经脱敏、汇总处理后用于美业行业分析报告、产品功能改进及推荐算法训练，由此形成的汇总数据及分析成果归乙方所有。

6.3 乙方应将数据存储于中国境内、已完成网络安全等级保护三级备案的云平台，采取加密存储、访问权限控制和操作日志审计等措施。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，对因其原因造成的损失承担赔偿责任。

6.4 服务期满或合同解除后30日内，乙方应将甲方数据以通用格式完整导出交付甲方，并在甲方确认后删除其系统中的甲方数据（第6.2条所述汇总数据除外）。

## 第七条 知识产权

7.1 本服务平台软件及其更新的知识产权归乙方所有。

7.2 乙方为甲方定制的小程序皮肤、会员等级规则配置和营销活动模板，以及甲方提供的品牌素材，其知识产权归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

## 第八条 保密

双方对在合作中获知的对方商业秘密、经营数据和本合同条款负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第九条 续期

9.1 服务期满前30日内，甲方未书面通知乙方不再续约的，本合同自动续期，每次续期一个服务年度，续期次数不限。

9.2 续期时，乙方有权根据其届时的价格政策调整订阅费单价，每次上调幅度不超过8%，乙方应在服务期满前45日书面通知甲方。

## 第十条 责任限制

乙方在本合同项下的累计赔偿责任不超过合同总额的150%，但因乙方故意或重大过失、违反第六条数据安全义务造成的损失不受此限。

## 第十一条 分包

乙方不得将本服务分包给第三方。乙方使用阿里云作为基础云服务提供商，甲方在签署本合同时予以确认；更换云服务提供商或新增其他分包方，须事先取得甲方书面同意。

## 第十二条 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除本合同，乙方应退还已付但未使用期间的订阅费，并按第6.4条交付数据。

12.2 甲方逾期付款超过60日，经乙方书面催告后仍未支付的，乙方可暂停服务，但应提前10日通知甲方。

12.3 合同解除或服务期满后，乙方应配合甲方将会员及储值数据平稳迁移至甲方指定的系统，配合期不少于30日，其间甲方仍可以只读方式访问本服务。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会按其仲裁规则仲裁。

## 第十四条 其他

14.1 本合同附件包括：附件一《服务功能清单》、附件二《门店清单》、附件三《数据迁移方案》。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.3 双方指定的项目联系人及联系方式见附件二。一方变更联系人的，应提前5日书面通知对方；通过电子邮件发送的通知，发出后24小时视为送达。

甲方（盖章）：上海蔻丹小筑美甲连锁管理有限公司

乙方（盖章）：杭州约点网络科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------- h212z04 (.txt, 一、/（一）/1.)
H212Z04 = """和阳县农资流通监管平台运维服务合同

项目编号：HYXCG-2026-XJ-019（询价）
采购人（甲方）：和阳县供销合作社联合社
地址：和阳县城关镇人民路56号
成交供应商（乙方）：合肥启农信息技术有限公司
地址：合肥市蜀山区黄山路612号

根据《中华人民共和国政府采购法》及其实施条例、本项目询价通知书、乙方响应文件和成交通知书，甲乙双方就和阳县农资流通监管平台运维服务订立本合同。

一、项目概况
（一）和阳县农资流通监管平台于2023年建成，覆盖全县312家农资经营门店和9家农资配送中心，用于化肥、农药、种子的进销存登记、流向追溯、禁限用农药实名购买管理和监督抽查。
（二）服务期自2026年7月1日起至2027年6月30日止。
（三）平台部署在甲方机房，服务器、网络设备和基础软件由甲方提供。
（四）乙方运维团队应包括项目经理1名、驻场工程师1名、后台开发及数据库工程师各1名，人员名单及资格证明作为本合同附件。乙方进场前应与平台原运维单位完成交接，交接清单经甲方确认。

二、服务内容
（一）平台软件运维：
1. 软件缺陷修复、安全补丁更新和浏览器、移动端兼容性适配；
2. 数据库、中间件和服务器每月巡检一次，出具巡检报告；
3. 数据备份：每日增量备份，每周全量备份，每季度进行一次恢复演练；
4. 根据农业农村部门监管要求进行小范围功能调整，单次工作量不超过5人日，全年累计不超过40人日。
（二）驻场服务：乙方派驻1名运维工程师在甲方办公，工作日8:30至17:30在岗，负责日常问题处理、用户账号管理和门店操作指导。驻场人员更换须经甲方同意。
（三）数据核验与报表：每月核验农资经营主体备案信息和购销台账数据，形成月度流通分析报表；配合甲方完成春耕、三夏、秋种期间的专项统计。
（四）安全加固：配合甲方完成网络安全等级保护第二级测评及问题整改，每半年进行一次漏洞扫描并完成修复。
（五）重点时段保障：春耕（3月至5月）和秋种（9月至10月）期间，乙方应安排1名后台工程师远程值守，门店集中上报时段提供电话技术支持。
（六）服务报告：乙方每月5日前提交上月运维报告，内容包括工单统计、故障处理、巡检和备份情况、数据核验结果及改进建议；服务期满时提交年度运维总结。

三、服务费用及支付
（一）服务费用总额为人民币叁拾陆万元整（¥360,000），为固定价格，明细如下：
1. 平台软件运维：¥126,000；
2. 驻场服务：¥96,000；
3. 基础环境运维：¥58,000；
4. 数据核验与报表服务：¥44,000；
5. 安全加固与等保测评配合：¥36,000。
（二）本合同不设预付款。服务满半年经甲方考核合格后，甲方支付服务费总额的50%（¥180,000）；服务期满经年度考核验收合格后，甲方支付其余50%（¥180,000）。
（三）乙方应在每次付款前开具合规发票。考核扣款在当期付款中扣除。

四、服务水平
（一）平台月度可用率不低于99.95%，计划内维护须提前2个工作日报甲方同意，并安排在非工作时间进行。
（二）故障响应：
1. 一级故障（平台整体不可用、门店无法上报数据）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（部分功能不可用）：1小时内响应，24小时内解决；
3. 三级问题（咨询或一般缺陷）：下一工作日内答复。
（三）考核扣款：一级故障每超时1小时扣减服务费¥600；平台月度可用率每低于承诺值0.01个百分点扣减¥500；巡检报告或月度报表未按时提交的，每次扣减¥300。

五、考核验收
（一）服务满半年及服务期满时，甲方分别组织考核验收，考核标准为：
1. 服务水平达成情况，以运维工单系统记录为准；
2. 巡检报告、备份记录、恢复演练记录和工单闭环记录完整；
3. 考核期内未发生因乙方原因导致的数据丢失或网络安全事件；
4. 甲方组织的农资经营门店满意度抽查评分不低于85分。
（二）年度考核验收时，乙方应提交年度运维总结、全部巡检报告、工单台账和移交清单，甲方在收到后10个工作日内组织验收并出具书面意见。
（三）考核不合格的，乙方应在10日内整改；整改后仍不合格的，甲方按本合同四（三）的约定扣减服务费，并有权要求更换驻场人员。

六、数据安全
（一）平台数据，包括农资经营主体信息、购销台账、实名购买记录和监督抽查记录，均归甲方所有。乙方仅为运维目的访问平台数据，不得复制、下载、留存或用于其他任何目的。
（二）乙方应遵守网络安全等级保护第二级要求，所有运维操作一律通过甲方堡垒机进行，账号专人专用，操作全程审计；备份介质存放于甲方机房，不得带离。
（三）发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成的，由乙方承担赔偿责任。
（四）服务期满或合同解除时，乙方应注销全部运维账号，移交运维文档和系统口令，并书面确认未留存任何平台数据。

七、甲方义务
甲方应为驻场人员提供办公场所和网络接入，开通堡垒机账号，指定专人对接，及时确认工单、巡检报告和月度报表，并按约定支付服务费。

八、知识产权
运维期间乙方编写的脚本、报表模板、功能调整代码及相关文档，其知识产权归甲方所有，乙方应在服务期满时一并移交。平台原有软件的权属不因本合同改变。

九、违约责任
（一）乙方未按约定日期进场，或未按期完成与原运维单位的交接的，每逾期一日，按服务费用总额的千分之一向甲方支付违约金。
（二）乙方驻场人员擅自离岗累计超过3个工作日的，每日扣减服务费¥400。
（三）乙方在本合同项下的累计赔偿责任（含违约金和考核扣款）以服务费用总额的50%为限。
（四）甲方逾期付款的，应继续履行付款义务，但因财政资金拨付原因造成的延迟除外。

十、分包
乙方不得将本合同服务转包或分包给任何第三方。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期限结算服务费。
（二）因政策调整导致平台停止使用的，甲方可提前30日书面通知乙方解除合同，按实际服务期限结算。
（三）因不可抗力致使合同无法履行的，双方均可解除合同，互不承担违约责任。

十二、合同期满
本合同于服务期满时终止，不自动续期。下一服务期的运维服务由甲方依法另行采购，乙方应配合新的运维单位完成交接，交接期不少于15日。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
（一）询价通知书、乙方响应文件、成交通知书为本合同的组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。双方通知以书面形式送达本合同首部所列地址。

甲方（盖章）：和阳县供销合作社联合社
乙方（盖章）：合肥启农信息技术有限公司
签订日期：2026年6月　日
"""

# ---------------------------------------------------------------- h212z05 (.md, supplier's template, ### 第X条 + （1）)
H212Z05 = """# 禾智ERP软件许可及实施服务合同

> 长沙禾智软件有限公司标准合同文本 V4.3（2025年修订）

合同编号：HZ-ERP-2026-0219

**甲方（用户）**：岳阳湘湖蛋品食品有限公司
地址：湖南省岳阳市君山区柳林洲工业园8号

**乙方（许可方）**：长沙禾智软件有限公司
地址：长沙市岳麓区麓谷大道627号禾智大厦

甲方主要从事皮蛋（松花蛋）、咸蛋的生产和销售。为实现财务、供销存、生产和质量追溯的一体化管理，甲方选用乙方“禾智ERP”软件及实施服务。双方依据《中华人民共和国民法典》，经协商一致订立本合同。

### 第一条 定义

（1）“许可软件”指乙方享有著作权的禾智ERP标准产品（V8系列），包括财务、供销存、生产管理和质量追溯模块。

（2）“定制开发”指乙方根据甲方需求在许可软件基础上开发的功能，包括腌制池批次管理、料液配比及碱度检测记录、包泥裹糠工序报工、成品追溯二维码和经销商订货小程序。

（3）“上线”指乙方将许可软件和定制开发功能安装部署在甲方服务器上并开通甲方用户账号。

### 第二条 合同标的

（1）乙方授予甲方许可软件的非独占、不可转让的永久使用许可，并发用户数30个，仅限甲方在其岳阳工厂内部使用。

（2）乙方完成定制开发和实施服务，实施服务包括需求调研、蓝图设计、系统配置、期初数据导入和用户培训。

（3）实施分为四个阶段：需求调研及蓝图确认、系统配置及定制开发、期初数据导入及用户培训、系统上线及上线支持。各阶段的具体工作内容和交付文档以乙方《实施方法论》为准。

（4）培训：乙方为甲方关键用户提供集中培训不超过5天，为最终用户提供操作培训不超过3天；超出部分按乙方人天单价另行收费。

### 第三条 合同价款

| 项目 | 内容 | 金额（元） |
|---|---|---|
| 软件许可费 | 禾智ERP V8 财务、供销存、生产、质量追溯模块，30并发用户 | 486,000 |
| 定制开发费 | 批次管理、料液配比、工序报工、追溯二维码、经销商订货 | 352,000 |
| 实施服务费 | 调研、蓝图、配置、数据导入、培训 | 148,000 |
| **合计** | | **986,000** |

上述价款含增值税，不含甲方服务器、数据库及操作系统等软硬件费用。

### 第四条 付款方式

（1）本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币542,300元。

（2）系统上线后10个工作日内，甲方向乙方支付合同总价的45%，即人民币443,700元。

（3）甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施和维护服务。

### 第五条 实施与交付

（1）乙方在收到第一笔款项后开始实施，计划在合同签订后120日内完成上线。

（2）甲方应按乙方要求提供需求资料、期初数据和服务器环境，并指派项目负责人。因甲方原因造成的延误，实施期限相应顺延。

（3）系统安装部署完成并交付甲方使用，即视为甲方验收合格。甲方在上线后提出的问题，均按维护问题处理，不影响验收结论和付款。

（4）甲方应在蓝图设计文档提交后5个工作日内书面确认，逾期未确认的视为确认。蓝图确认后甲方提出的需求变更，由双方另行协商工作量和费用。

### 第六条 免费维护期

（1）免费维护期为六个月，自系统上线之日起计算。

（2）免费维护期内，乙方提供远程技术支持、软件缺陷修复和标准产品小版本升级。定制开发功能的需求变更另行收费。

（3）下列情形不属于免费维护范围：甲方或第三方擅自修改程序或数据库；甲方服务器、网络或操作系统故障；因断电、病毒等非乙方原因造成的数据损坏；甲方新增的业务需求。乙方处理上述问题的，按其人天单价收费。

### 第七条 维护服务

（1）免费维护期内，甲方报告一级故障（系统无法登录、无法开单或无法结账）的，乙方在10小时内响应，并通过远程方式处理；其他问题在3个工作日内答复。

（2）上述响应时限为乙方的服务目标。乙方未达到该时限的，不承担扣款、赔偿或违约金责任。

（3）免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，年度维护费按乙方当年度公布的服务价格标准执行。

### 第八条 知识产权

（1）许可软件的著作权及其他知识产权归乙方所有。

（2）定制开发形成的程序、源代码、文档，以及实施过程中形成的配置方案、报表模板和业务流程设计，其知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给任何第三方。

（3）乙方有权将定制开发成果纳入其标准产品向其他客户提供。

### 第九条 数据

（1）甲方在许可软件中录入和产生的业务数据归甲方所有。

（2）甲方同意，乙方可将甲方业务数据进行脱敏处理后，用于产品优化、蛋品行业解决方案研究和案例展示。

（3）乙方实施人员访问甲方系统须使用甲方分配的账号，遵守甲方的信息安全制度，不得擅自下载或带离甲方数据；乙方应对其远程维护通道采取密码管理、权限控制和操作日志记录措施。发生数据泄露或丢失的，乙方应在知悉后24小时内通知甲方并配合处置，因乙方过错造成的，乙方承担相应的赔偿责任。

### 第十条 保密

双方对本合同内容及在履行过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

### 第十一条 违约责任

（1）因乙方原因未能按第五条第（1）款约定的期限上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

（2）乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

（3）任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

### 第十二条 合同解除

（1）任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

（2）合同解除的，乙方已完成工作对应的费用不予退还；甲方已取得的软件许可在付清许可费后继续有效。

（3）因不可抗力致使合同不能履行的，受影响方应及时通知对方，双方协商延期履行或解除合同，互不承担违约责任。

### 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院起诉。

### 第十四条 其他

（1）本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。

（2）本合同自双方盖章之日起生效，一式两份，双方各执一份。

（3）双方往来通知以书面形式发送至本合同首部所列地址，或发送至双方项目负责人的电子邮箱，电子邮件发出即视为送达。

（4）本合同附件包括：附件一《许可软件功能清单》、附件二《定制开发需求说明》、附件三《实施计划》。附件与本合同正文不一致的，以正文为准。

甲方（盖章）：岳阳湘湖蛋品食品有限公司

乙方（盖章）：长沙禾智软件有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- h212e01 (.docx, Clause N, Scottish house style)
H212E01 = """T:Software Licence, Configuration and Support Agreement
P:Agreement reference: RDS/CN/2026/014
P:between
P:RUAIRIDH DESIGN SYSTEMS LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC614207) and having its registered office at The Boathouse, Eilean Ruairidh, Loch Maree, Wester Ross IV22 2HL, Scotland ("the Licensor"); and
P:WUHU JIANGCHENG IRON PICTURE CRAFTS CO., LTD., a company established under the laws of the People's Republic of China and having its registered office at 18 Jiuhua South Road, Jiujiang District, Wuhu, Anhui Province ("the Customer").
H:Background
P:(A) The Customer makes traditional Wuhu iron pictures and architectural metalwork and cuts its panels on two fibre laser cutting machines.
P:(B) The Licensor has agreed to license its LaserForge software to the Customer, to configure it and to support it.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
P:NOW THEREFORE the parties AGREE as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Software" means LaserForge CAD Professional and the LaserForge Nest & Path module, with their documentation and updates; "Deliverables" means the post-processors, motif library, templates and other materials produced for the Customer under Clause 3; "Final Acceptance" means the issue of the certificate under Clause 6.3; "Business Day" means a working day in the People's Republic of China.
P:1.2 The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 The Licensor grants to the Customer a non-exclusive, perpetual and irrevocable licence to install and use the Software on up to six workstations at a time at the Customer's premises in Wuhu, for the Customer's own business, including the design and cutting of products for its clients.
P:2.2 The Customer may make back-up copies and may move a seat to another workstation on notice to the Licensor.
H:Clause 3 Configuration Services
P:3.1 The Licensor shall: (a) write and test post-processors for the Customer's two fibre laser cutting machines (3 kW and 6 kW); (b) digitise and import the Customer's library of traditional motifs (about 1,200 drawings of pine, plum blossom, landscape and calligraphy patterns) as editable vector elements; (c) set up cutting templates, material tables and nesting rules for mild steel sheet from 0.8 mm to 6 mm; and (d) deliver on-site training in Wuhu for up to ten users over five days.
P:3.2 The Configuration Services shall be carried out according to the project plan in Schedule 2, with installation complete within 45 days and the system ready for acceptance testing within 75 days of the date of this Agreement ("the Milestone Dates").
H:Clause 4 Price and Payment
P:4.1 The Contract Price is CNY 600,000, made up as follows and fixed for the duration of the Configuration Services:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|LaserForge CAD Professional, perpetual licence|6 seats|58,000|348,000
TB:2|LaserForge Nest & Path module, perpetual licence|6 seats|21,500|129,000
TB:|Licence Subtotal|||477,000
TB:3|Configuration Services (post-processors, motif library, templates)|1|96,000|96,000
TB:4|On-site training in Wuhu (five days)|1|27,000|27,000
TB:|Contract Price|||600,000
P:4.2 The Contract Price shall be paid as follows: (a) 20% (CNY 120,000) within 20 days after signature of this Agreement, against the Licensor's invoice; (b) 45% (CNY 270,000) on the issue of the Installation Certificate under Clause 6.1; and (c) 35% (CNY 210,000) on Final Acceptance.
P:4.3 The Installation Certificate confirms only that the Software is installed on the agreed workstations and is not an acceptance of the Software or the Deliverables.
P:4.4 All sums include value added tax. Undisputed invoices are payable within 20 days of receipt by bank transfer in CNY.
H:Clause 5 Delay
P:5.1 If the Licensor fails to meet a Milestone Date for reasons within its control, it shall pay to the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Customer may also terminate this Agreement under Clause 14.
H:Clause 6 Acceptance
P:6.1 When the Software is installed on all six workstations and licence keys are active, the Licensor shall issue an Installation Certificate for countersignature by the Customer.
P:6.2 The Customer shall then carry out acceptance tests. The tests are passed when: (a) the post-processors produce cut files that run without error on both laser machines for the ten test patterns in Schedule 3, with dimensional deviation of no more than 0.1 mm on the measured features; (b) the motif library is complete against the Customer's inventory list and each element can be scaled and edited; (c) nesting for the three reference jobs in Schedule 3 achieves at least the sheet utilisation stated there; and (d) the Software has been used in production for ten consecutive Business Days without a Severity 1 defect.
P:6.3 When all tests are passed the Customer shall sign a Final Acceptance Certificate within five Business Days. If any test fails, the Licensor shall correct the defect and the test shall be repeated at the Licensor's cost.
P:6.4 Neither installation, nor the use of the Software in production, nor any payment shall amount to acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for 18 months from Final Acceptance ("the Warranty Period") the Software and the Deliverables will perform materially in accordance with their documentation and Schedule 3. During the Warranty Period the Licensor shall correct any defect and supply all updates free of charge, and shall provide support at the service levels of Clause 8.
H:Clause 8 Support and Maintenance
P:8.1 Support is provided by telephone, e-mail and remote session during Support Hours (08:00 to 20:00 China Standard Time, Monday to Saturday).
P:8.2 Defects are classified and responded to as follows: Severity 1 (the Software cannot be started, or no valid cut file can be produced, so that cutting is stopped): response within 2 hours and a workaround or fix within one Business Day; Severity 2 (a function is impaired but production can continue): response within 8 hours and a fix within five Business Days; Severity 3 (minor defect or question): response within two Business Days.
P:8.3 For each full hour by which the response to a Severity 1 defect exceeds the target, the Licensor shall credit CNY 500, and for each full hour for a Severity 2 defect CNY 200. Credits are deducted from the next invoice, or paid to the Customer during the Warranty Period.
P:8.4 After the Warranty Period the Customer may buy annual support. The Annual Support Fee is 11% of the Licence Subtotal, that is CNY 52,470 per year, and is fixed for the first five years after the Warranty Period. Support is renewed only by the Customer's written purchase order; it does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property in the Software remains with the Licensor and its licensors.
P:9.2 All intellectual property in the Deliverables, including the post-processors, the digitised motif library and the templates, is hereby assigned to the Customer on creation. The Customer may use, modify, copy and license the Deliverables freely, including to other software vendors. The Licensor shall deliver the Deliverables in editable form with their source files.
H:Clause 10 Customer Data and Security
P:10.1 The Customer's designs, drawings, cutting files, client information and production data ("Customer Data") belong to the Customer. The Licensor may access Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 Remote support sessions require the Customer's approval for each session, use an encrypted connection and are logged. The Licensor shall not move Customer Data out of the Customer's systems. The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Licensor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, shall take all necessary remedial steps, and shall be liable for all loss caused by its breach of this Clause.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party which it receives in connection with this Agreement, including the Customer's designs and client lists and the Licensor's source code, and shall not disclose it without prior written consent, for five years after the end of this Agreement.
H:Clause 12 Liability
P:12.1 The total liability of each party under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 150% of the Contract Price.
P:12.2 The limit in Clause 12.1 does not apply to death or personal injury caused by negligence, to fraud, to breach of Clauses 10 or 11.
H:Clause 13 Sub-contracting
P:13.1 The Licensor shall not sub-contract any of its obligations without the Customer's prior written consent, and remains responsible for the acts of any approved sub-contractor.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days of written notice, or becomes insolvent.
P:14.2 The Customer may terminate under Clause 5.2. Licences already paid for survive termination.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by the law of Scotland.
P:15.2 The parties irrevocably prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in relation to any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement is the entire agreement between the parties about its subject matter; variations must be in writing and signed by both parties. It is executed in English and Chinese, the English text prevailing, and may be executed in counterpart.
P:Schedule 1: Software specification. Schedule 2: Project plan. Schedule 3: Acceptance test patterns and reference jobs.
P:IN WITNESS WHEREOF these presents are executed as follows:
P:For Ruairidh Design Systems Limited, signed at Eilean Ruairidh on ____________ 2026 by Director ____________ before witness ____________
P:For Wuhu Jiangcheng Iron Picture Crafts Co., Ltd., signed at Wuhu on ____________ 2026 by Legal Representative ____________ (company chop)
"""

# ---------------------------------------------------------------- h212e02 (.txt, Order Form + General Terms, § N (1))
H212E02 = """ORDER FORM No. SR-2026-0417
under the General Terms and Conditions for Software as a Service of Stubber Reisesysteme GmbH (Version 3/2026)

Provider: Stubber Reisesysteme GmbH, Großer Stubber 1, 17493 Greifswald-Stubber, Germany
Register court: Amtsgericht Stralsund, HRB 21874; Managing Directors: Henrike Paasch, Ole Brüning

Customer: Huangshan Hongcun Yiyou Travel Service Co., Ltd., 9 Hongcun Road, Yixian County, Huangshan, Anhui Province, People's Republic of China

1. Subscribed Services and Fees (all amounts in CNY, at the Customer's request, including VAT)

Service                                                   Qty   Monthly fee   Months   Total
HuiTour Booking Platform, Professional edition             1     18,600        36       669,600
  (up to 40 named users, unlimited bookings, village
   ticketing, guide scheduling, group tours)
Channel Manager (Ctrip, Meituan, Fliggy, Qunar)             1      4,200        36       151,200
Onboarding and configuration (one-time)                     1        -           -        46,000
Total Contract Value                                                                      866,800

2. Initial Term: 36 months from the Go-Live Date (section 3 (4) of the General Terms).
3. Hosting region: Alibaba Cloud, China East (Hangzhou).
4. Planned Go-Live Date: 60 days after signature of this Order Form.
5. Customer contact: Ms Wang Li, Operations Director. Provider contact: Mr Ole Brüning.

This Order Form and the General Terms printed below form one contract ("the Contract"). In case of conflict the Order Form prevails.

Signed for the Provider: ____________   Signed for the Customer: ____________   Date: ____________


GENERAL TERMS AND CONDITIONS FOR SOFTWARE AS A SERVICE
Stubber Reisesysteme GmbH, Version 3/2026

§ 1 Subject Matter
(1) The Provider makes the HuiTour booking platform and the further services named in the Order Form ("the Services") available to the Customer via the internet as software as a service.
(2) The Services are described in the service description attached as Annex 1. The Provider may further develop the Services, provided that the agreed functions are not materially reduced.
(3) The Customer's own terms and conditions do not apply, even if the Provider does not expressly object to them.

§ 2 Term and Renewal
(1) The Contract begins on signature and runs for the Initial Term stated in the Order Form.
(2) After the Initial Term the Contract renews for successive periods of one year each at the same fees, unless either party gives notice of non-renewal at least 60 days before the end of the current term.
(3) Ordinary termination during the Initial Term is excluded. The right to terminate for good cause under § 12 remains unaffected.

§ 3 Onboarding and Go-Live Acceptance
(1) The Provider sets up the Customer's tenant, imports the Customer's tour products, price calendars and guide master data, configures the channel connections and trains the Customer's key users (three days on site in Hongcun).
(2) After onboarding the parties carry out a Go-Live test according to the test plan in Annex 2. The test is passed when (a) all tour products and price calendars are correctly displayed and bookable on the Customer's website and WeChat mini-program; (b) test bookings made through each of the four channels arrive in the platform within two minutes and update availability in all other channels; (c) payment reconciliation for 50 test bookings matches the payment provider's statement without difference; and (d) the key users have completed training.
(3) If a test criterion is not met, the Provider shall remedy the defect within ten working days and repeat the test.
(4) When all criteria are met, the Customer issues a written Go-Live Acceptance; the date of issue is the Go-Live Date. Productive use of the platform before that date does not constitute acceptance.
(5) If the Go-Live Acceptance is delayed beyond the Planned Go-Live Date for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 600 for each calendar day of delay, up to CNY 30,000 in total.

§ 4 Fees and Payment
(1) The monthly fees are invoiced monthly in arrears from the Go-Live Date. The onboarding fee is invoiced upon Go-Live Acceptance. No payment is due before the Go-Live Date.
(2) Invoices are payable within 30 days of receipt by bank transfer in CNY to the Provider's account in the People's Republic of China.
(3) The fees are fixed for the Initial Term.

§ 5 Service Levels
(1) The Provider guarantees an availability of the booking platform of 99.95% per calendar month at the handover point of the Provider's data centre. Scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time is not counted as downtime.
(2) Incidents are classified as follows. Priority 1: the booking platform or the channel manager is not available, or no bookings can be made. Priority 2: an important function is impaired. Priority 3: all other incidents.
(3) The Provider responds to Priority 1 incidents within eight (8) hours, to Priority 2 incidents within one working day and to Priority 3 incidents within three working days of the Customer's report to the support portal. Support is provided in English and Chinese.
(4) If monthly availability falls below 99.95%, the Customer receives a service credit of 5% of the monthly fee for each started 0.1 percentage point below the agreed availability, up to 50% of the monthly fee. Credits are set off against the next invoice.

§ 6 Customer Data and Data Protection
(1) All data which the Customer or its guests enter into the platform, including booking, guest and payment records ("Customer Data"), belong to the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the Services.
(2) Customer Data is stored and processed exclusively in the hosting region named in the Order Form and is not transferred out of the People's Republic of China. The Provider complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
(3) The Provider maintains technical and organisational measures appropriate to the risk, in particular encryption of data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging and daily back-ups. The platform is filed at level 3 of the Multi-Level Protection Scheme.
(4) The Provider notifies the Customer without undue delay, and at the latest within 24 hours, of any breach of the security of Customer Data, supports the Customer in meeting its obligations towards guests and authorities, and is liable for all damage caused by a breach of this § 6 for which it is responsible.
(5) After the end of the Contract the Provider hands over Customer Data in a common format within 30 days and then deletes it.

§ 7 Rights of Use and Intellectual Property
(1) The Provider grants the Customer for the term of the Contract a non-exclusive, non-transferable right to use the Services for its own business purposes.
(2) All rights in the platform remain with the Provider.
(3) The configurations, tour descriptions, templates and other content created specifically for the Customer during onboarding belong to the Customer, who may use, change and pass them on to third parties without restriction.

§ 8 Confidentiality
(1) Each party shall keep confidential all business and trade secrets of the other party which become known to it in connection with the Contract and shall use them only for the purposes of the Contract.
(2) This obligation continues for three years after the end of the Contract.

§ 9 Subcontractors
(1) The Provider may use subcontractors and sub-processors to provide the Services, including its hosting provider and its support partner in Shanghai.
(2) The Provider informs the Customer of any new subcontractor by e-mail. The Provider remains responsible for the performance of its subcontractors.

§ 10 Defects
(1) The Provider ensures that the Services maintain the agreed features during the term of the Contract and remedies defects within the periods of § 5.
(2) Claims for reduction of fees because of unavailability are settled by the service credits under § 5 (4).

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In all other cases the total liability of the Provider arising out of or in connection with the Contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.
(3) Liability for lost profits and indirect damage is excluded, except in the cases of paragraph 1.

§ 12 Termination for Good Cause
(1) Each party may terminate the Contract for good cause without notice. Good cause exists for the Customer in particular if the Provider commits a material breach of the Contract and does not remedy it within 14 days after written notice, or if availability falls below 99% in two consecutive months.
(2) Notice of termination must be given in writing.

§ 13 Force Majeure
Neither party is responsible for failures caused by force majeure, such as natural disasters, epidemics or failures of public networks outside its control, for the duration of the event.

§ 14 Governing Law and Disputes
(1) The Contract is governed by the laws of the People's Republic of China.
(2) All disputes arising out of or in connection with the Contract shall be submitted to the Huangshan Arbitration Commission for arbitration in Huangshan. The award is final and binding on both parties.

§ 15 Final Provisions
(1) Amendments and additions to the Contract must be made in writing. This also applies to any waiver of the written form requirement.
(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid provision that comes closest to its economic purpose.
(3) Annexes: Annex 1 Service Description; Annex 2 Go-Live Test Plan.
"""

# ---------------------------------------------------------------- h212e03 (.md, Article N + N.M, buyer's paper, Dutch supplier)
H212E03 = """# Supply, Installation and Maintenance Agreement — Flow Monitoring System

**Agreement No.** HHC-PUR-2026-031

**THE UNDERSIGNED:**

1. **Henan Huanghe Carp Aquaculture Co., Ltd.**, a company established under the laws of the People's Republic of China, with its registered office at Huayuankou Town, Huiji District, Zhengzhou, Henan Province, hereinafter "the Buyer";

2. **Engelsche Hoek Water Instruments B.V.**, a private limited company under Dutch law, with its registered office at Engelsche Hoek 3, 4328 Burgh-Haamstede, the Netherlands, registered with the Chamber of Commerce (KvK) under number 82746519, hereinafter "the Supplier";

**WHEREAS:**

- the Buyer farms Yellow River carp in 86 ponds fed by gravity channels from the Yellow River and wishes to measure and control the water flow into and out of its ponds;
- the Supplier has offered a flow monitoring system with installation and maintenance in its tender of 14 March 2026, and the Buyer has selected that tender;
- this Agreement is made on the Buyer's standard terms of purchase, and all prices are in CNY at the Buyer's request;

**HAVE AGREED AS FOLLOWS:**

## Article 1 Definitions

1.1 **System**: the flow meters, sensors, data loggers and monitoring software listed in Article 3, installed and integrated as described in this Agreement.

1.2 **Final Acceptance**: the signing of the Final Acceptance Certificate under Article 6.3.

1.3 **Critical Fault**: a fault which stops the flow data of one or more inlet channels for more than 30 minutes, or a meter reading error of more than twice the meter's accuracy class.

## Article 2 Scope of Supply

2.1 The Supplier shall supply, install, calibrate and commission the System at the Buyer's farm, integrate it with the Buyer's water management system so that the sluice gates can be controlled on measured flow, train the Buyer's staff, and maintain the System under Article 8.

2.2 The Supplier shall deliver the operating and maintenance manuals, calibration certificates and the integration documentation in Chinese and English.

2.3 The Buyer shall provide access to the ponds and channels, electric power at the logger positions where available, a server for the monitoring software and a contact person. Civil works for meter chambers are carried out by the Buyer according to the Supplier's drawings, which the Supplier shall deliver within 20 days after signing.

## Article 3 Contract Price

3.1 The Contract Price is fixed and includes delivery to the farm, duties, insurance, installation, VAT and all services until the end of the Warranty Period:

| No. | Item | Qty | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | Electromagnetic flow meter DN150 with converter, IP68 | 24 | 14,800 | 355,200 |
| 2 | Ultrasonic open-channel flow sensor with weir kit | 36 | 6,350 | 228,600 |
| 3 | Data logger with cellular modem and solar power supply | 12 | 9,200 | 110,400 |
| 4 | FlowView monitoring software, perpetual site licence | 1 | 68,000 | 68,000 |
| | **Hardware and Licence Subtotal** | | | **762,200** |
| 5 | Installation, calibration and integration | 1 | 118,600 | 118,600 |
| 6 | Training (three days, on site) | 1 | 19,200 | 19,200 |
| | **Contract Price** | | | **900,000** |

## Article 4 Payment

4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 90,000) as an advance within 15 days after signing, against an advance-payment bank guarantee of the same amount; (b) 55% (CNY 495,000) after delivery and installation of all items, confirmed by a delivery note signed by the Buyer; and (c) 35% (CNY 315,000) after Final Acceptance.

4.2 The signed delivery note confirms quantities only and is not an acceptance of the System.

4.3 Invoices are payable within 30 days of receipt.

## Article 5 Delivery and Delay

5.1 The Supplier shall deliver all items to the farm within 70 days and complete installation within 100 days after signing. Installation work in the ponds shall be coordinated with the Buyer's stocking calendar.

5.2 If the Supplier fails to meet a date in Article 5.1, it shall pay a penalty of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price, without prejudice to the Buyer's right to claim performance.

## Article 6 Acceptance

6.1 After installation the Supplier shall demonstrate that: (a) each electromagnetic meter reads within ±0.5% of a reference measurement and each open-channel sensor within ±3%, tested on site with the Buyer's calibrated reference equipment; (b) all 60 measuring points send data to the Buyer's water management system at five-minute intervals, without gaps, for seven consecutive days; (c) the sluice-gate control works on measured flow at six test ponds chosen by the Buyer; and (d) the training has been given.

6.2 The System shall then run for 30 days in normal operation. The trial run is passed if no Critical Fault occurs.

6.3 After a successful trial run, the Buyer shall sign the Final Acceptance Certificate within seven days. Delivery, installation, use of the System or any payment shall not be deemed acceptance.

## Article 7 Warranty

7.1 The Supplier warrants the System for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items, recalibrate the meters annually and supply software updates, all free of charge.

7.2 Items replaced under warranty carry a new warranty of 24 months or the remainder of the Warranty Period, whichever is longer.

## Article 8 Maintenance and Service Levels

8.1 During the Warranty Period and any maintenance year, the Supplier shall respond to faults as follows: Critical Fault — remote response within 1 hour, engineer on site within 10 hours, restoration within 48 hours, using spare units kept in Zhengzhou; other faults — response within one working day and repair within five working days.

8.2 For each hour by which the response to, or the on-site arrival for, a Critical Fault is late, the Supplier shall pay CNY 400; for each day by which restoration is late, CNY 1,500. These amounts may be deducted from any payment due.

8.3 After the Warranty Period, the Buyer may order annual maintenance, including annual recalibration, spare parts and software updates, at a fee of 7.5% of the Hardware and Licence Subtotal, that is CNY 57,165 per year. This fee is fixed for five years after the Warranty Period. Maintenance is ordered year by year by written order of the Buyer and does not renew automatically.

## Article 9 Intellectual Property

9.1 The integration software, interface configurations, calibration tables and documentation made for the Buyer shall be the property of the Buyer. The Buyer may use, change and let third parties maintain them freely. The Supplier shall hand over the source code at Final Acceptance.

9.2 The monitoring software and the meters' firmware remain the property of their makers; the Buyer receives a perpetual licence to use them with the System.

## Article 10 Buyer Data and Security

10.1 All flow, water-level and pond data collected by the System belong to the Buyer. The Supplier may use them only to perform this Agreement and shall not copy, keep or pass them to any third party.

10.2 Data loggers shall send data over an encrypted connection to the Buyer's server only. Remote access by the Supplier requires the Buyer's approval for each session and shall be logged.

10.3 The Supplier shall report any loss of or unauthorised access to Buyer data within 12 hours and shall be liable for all damage caused by its breach of this Article.

## Article 11 Confidentiality

11.1 The Supplier shall keep confidential all information received from the Buyer, including farm layouts, stocking plans and production figures, and shall not disclose it without the Buyer's prior written consent, during this Agreement and for five years thereafter.

## Article 12 Liability

12.1 The aggregate liability of the Supplier under this Agreement shall not exceed two times the Contract Price. This limit does not apply to intent, gross negligence, personal injury or breach of Articles 10 and 11.

## Article 13 Subcontracting

13.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.

## Article 14 Termination

14.1 The Buyer may terminate this Agreement in whole or in part by registered letter if the Supplier fails to perform a material obligation and has not remedied the failure within 20 days after written notice of default, or if the penalty under Article 5.2 has reached its maximum.

14.2 On termination the Supplier shall refund the payments received for items not delivered or not accepted.

## Article 15 Force Majeure

15.1 Neither party is liable for failure caused by force majeure, including floods of the Yellow River, provided that it informs the other party within three days.

## Article 16 Governing Law and Disputes

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou in accordance with its rules.

## Article 17 Final Provisions

17.1 Changes to this Agreement are valid only if agreed in writing. This Agreement is made in English and Chinese; both texts are equally authentic.

17.2 Notices shall be sent in writing to the addresses stated above, or by e-mail to the project managers named in the project plan. The annexes (technical specification, project plan, test procedure) form part of this Agreement.

Thus agreed and signed in duplicate,

For the Buyer: ______________________ Zhengzhou, date: __________

For the Supplier: ______________________ Burgh-Haamstede, date: __________
"""

# ---------------------------------------------------------------- h212e04 (.pdf, "N. HEADING", Irish house style)
H212E04 = """T:MANAGED IT SERVICES AGREEMENT
P:THIS AGREEMENT is made the ______ day of ____________ 2026
P:BETWEEN:
P:(1) ILLANMASTER MANAGED SERVICES DESIGNATED ACTIVITY COMPANY, a company incorporated in Ireland (registered number 702318) having its registered office at Illanmaster House, Portacloy, Ballina, County Mayo, F26 X7P3, Ireland (the "Provider"); and
P:(2) SHANXI JINHE COAL TRADING CO., LTD., a company established in the People's Republic of China having its registered office at 66 Binhe East Road, Xiaodian District, Taiyuan, Shanxi Province (the "Customer").
P:WHEREAS:
P:(A) The Customer trades thermal and coking coal from offices in Taiyuan, Lüliang and Datong and wishes to outsource the operation and support of its IT environment.
P:(B) The Provider, through its Beijing service centre, provides managed IT services to companies in the People's Republic of China and has agreed to provide such services to the Customer on the terms of this Agreement.
P:(C) At the Customer's request, all charges under this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Business Day" means a working day in the People's Republic of China; "Customer Data" means all data of the Customer processed by the Provider in providing the Services; "Incident" means an unplanned interruption or reduction in quality of an IT service; "Services" means the services described in Clause 3 and Schedule 1; "Service Commencement Date" means the date stated in the Transition Acceptance certificate under Clause 4.
P:1.2 Clause headings do not affect interpretation. The Schedules form part of this Agreement.
H:2. COMMENCEMENT AND TERM
P:2.1 This Agreement commences on the date of signature and, unless terminated earlier, continues for 24 months from the Service Commencement Date (the "Initial Term").
P:2.2 On expiry of the Initial Term this Agreement shall renew for successive periods of one year at the same Monthly Fee, unless either party gives the other not less than 90 days' written notice before the end of the then current term.
H:3. THE SERVICES
P:3.1 The Provider shall provide the following Services from the Service Commencement Date: (a) a service desk in Mandarin, reachable by telephone, e-mail and portal, 07:30 to 21:00 on Business Days and on call at all other times for Priority 1 Incidents; (b) desktop support for up to 180 users, including laptop and desktop configuration, printers and mobile e-mail, with one engineer on site at the Taiyuan head office on Business Days; (c) management of 14 servers, the head-office network and the site-to-site links to Lüliang and Datong; (d) daily back-up of the file, e-mail and trading-system servers, with a restore test every quarter; (e) deployment of operating-system and application patches within the maintenance windows agreed with the Customer; and (f) IT asset register and licence management.
P:3.2 The Provider shall produce a monthly service report and attend a monthly service review with the Customer.
P:3.3 The Customer shall provide the on-site engineer with a workplace and network access, maintain the hardware and software licences required for its IT environment, nominate a service manager and inform the Provider in advance of planned changes to its offices or systems. The Provider is not responsible for failures to the extent caused by the Customer's breach of this Clause 3.3.
P:3.4 Work outside the scope of the Services, such as office relocations or new application projects, shall be agreed by change request and charged at the rates in Schedule 3.
H:4. TRANSITION
P:4.1 The Provider shall take over the Services from the Customer's current support arrangements in accordance with the transition plan in Schedule 2 and shall be ready for Transition Acceptance within 45 days of signature.
P:4.2 Transition Acceptance requires that: (a) all users, devices and servers are recorded in the Provider's service management system and asset register; (b) a full back-up and a successful test restore of each server have been completed; (c) the service desk has handled live calls for ten Business Days in parallel with the current arrangements; and (d) administrator credentials and network documentation have been verified and handed over. The Customer shall sign a Transition Acceptance certificate within three Business Days after these criteria are met.
P:4.3 If Transition Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.
H:5. CHARGES AND PAYMENT
P:5.1 The charges are as follows: Service desk and desktop support (180 users at CNY 210 per user per month): CNY 37,800 per month. Server and network management (14 servers, three sites): CNY 18,900 per month. Back-up, patch and asset management: CNY 7,800 per month. Monthly Fee: CNY 64,500. Monthly Fee for the Initial Term (24 months): CNY 1,548,000. Transition fee (one-time): CNY 38,000. Total Contract Value: CNY 1,586,000.
P:5.2 The Monthly Fee is invoiced monthly in arrears from the Service Commencement Date. The transition fee is invoiced on Transition Acceptance. No sum is payable in advance.
P:5.3 Invoices are payable within 30 days of receipt. Additional users are charged at CNY 210 per user per month from the month after they are added.
H:6. SERVICE LEVELS
P:6.1 The Provider shall meet the following service levels, measured monthly: Priority 1 (trading system, e-mail or head-office network unavailable, or more than 20 users affected): response within 30 minutes, resolution target 6 hours. Priority 2 (a site or a business application degraded): response within 1 hour, resolution target 1 Business Day. Priority 3 (a single user affected): response within 3 business hours, resolution target 3 Business Days. Priority 4 (requests): next Business Day. Service desk telephone calls: answered within 60 seconds on average.
P:6.2 A failure to meet any service level shall not entitle the Customer to any service credit, reduction of the charges or damages. Where a service level is missed in any month, the Provider shall present a remediation plan at the next monthly service review.
H:7. CUSTOMER DATA
P:7.1 Customer Data is and shall remain the property of the Customer. The Provider shall use Customer Data solely for the purpose of providing the Services and shall not sell, license or otherwise exploit it.
P:7.2 On expiry or termination of this Agreement the Provider shall return all Customer Data in its possession to the Customer.
H:8. INTELLECTUAL PROPERTY
P:8.1 All configurations, scripts, runbooks, network diagrams and documentation prepared by the Provider specifically for the Customer shall belong to the Customer, who may use, modify and provide them to any successor provider without restriction.
P:8.2 The Provider's own tools and service management system remain the property of the Provider.
H:9. CONFIDENTIALITY
P:9.1 Each party shall keep confidential the confidential information of the other party, including the Customer's trading, pricing and customer information, and shall not disclose it to any third party without the prior written consent of the other party, save as required by law.
P:9.2 This Clause survives termination of this Agreement for five years.
H:10. PERSONNEL AND SUBCONTRACTING
P:10.1 The Provider shall assign suitably qualified staff and shall replace any staff member on the Customer's reasonable request.
P:10.2 The Provider shall not subcontract any part of the Services without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any approved subcontractor.
H:11. LIABILITY
P:11.1 The total liability of the Provider under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 120% of the Total Contract Value.
P:11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
H:12. TERMINATION
P:12.1 The Customer may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach which is not remedied within 30 days of written notice, or if the Provider is wound up or has an examiner or receiver appointed.
P:12.2 The Customer may terminate this Agreement for convenience after the first ten Monthly Fees have been paid, on 90 days' written notice.
H:13. EXIT MANAGEMENT
P:13.1 On expiry or termination the Provider shall, for up to 60 days and at the rates in Schedule 3, co-operate with the Customer and any successor provider, hand over all documentation and credentials, and ensure an orderly transfer of the Services.
H:14. FORCE MAJEURE
P:14.1 Neither party shall be liable for any delay or failure caused by circumstances beyond its reasonable control, provided that it notifies the other party promptly.
H:15. GOVERNING LAW AND DISPUTES
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Taiyuan Arbitration Commission for arbitration in Taiyuan. The award shall be final and binding.
H:16. GENERAL
P:16.1 This Agreement and its Schedules constitute the entire agreement between the parties. No variation shall be effective unless in writing and signed by both parties. This Agreement is executed in English and Chinese; both versions are equally authentic.
P:16.2 Schedule 1: Service Description. Schedule 2: Transition Plan. Schedule 3: Rates for Additional Work.
P:IN WITNESS whereof the parties have executed this Agreement on the date first written above.
P:SIGNED for and on behalf of ILLANMASTER MANAGED SERVICES DAC by ____________ (Director)
P:SIGNED for and on behalf of SHANXI JINHE COAL TRADING CO., LTD. by ____________ (Legal Representative) (company chop)
"""

# ---------------------------------------------------------------- h212e05 (.txt, Art. N (title), Italian house style)
H212E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
RadCert API - digital radiation-test certificates

BETWEEN

Ventotene Certificazioni Digitali S.r.l., with registered office in Via Olivi 12, 04031 Ventotene (LT), Italy, VAT number IT02974310598, registered with the Companies Register of Frosinone-Latina under REA no. LT-214563, share capital EUR 50,000 fully paid up, in the person of its legal representative Dr. Marta Iannuzzi (hereinafter "the Vendor")

AND

Lanzhou Jinbaihe Agricultural Products Import & Export Co., Ltd., with registered office at 208 Yantan Road, Chengguan District, Lanzhou, Gansu Province, People's Republic of China, in the person of its legal representative Mr. Zhao Jianguo (hereinafter "the Customer")

(hereinafter jointly "the Parties" and each "a Party")

WHEREAS

a) the Customer exports fresh and dried Lanzhou lily bulbs to the European Union, Japan and the Republic of Korea, and its importers require for each consignment a certificate of radioactivity testing (caesium-134, caesium-137 and iodine-131) issued on the basis of laboratory results;
b) the Vendor operates the RadCert platform, which receives gamma-spectrometry results from accredited laboratories, checks them against the limits of the destination market and issues digitally signed certificates that importers and customs brokers can verify online;
c) the Customer wishes to subscribe to the RadCert API and to have it integrated with its export documentation system, and has asked that all amounts be stated and paid in Chinese Yuan Renminbi (CNY);

the recitals form an integral and substantial part of this Agreement, and the Parties agree as follows.

Art. 1 (Definitions)
1.1 "Platform": the RadCert platform and its application programming interface (API), including the verification portal.
1.2 "Integration Connector": the software module developed by the Vendor to connect the Platform with the Customer's export documentation system, including all customisations made for the Customer.
1.3 "Certificate": a digitally signed radiation-test certificate issued through the Platform for one consignment.
1.4 "Activation Date": the date on which the Customer signs the Integration Acceptance report under Art. 6.

Art. 2 (Subject matter)
2.1 The Vendor grants the Customer access to the Platform for the issue of up to 6,000 Certificates per subscription year, in the formats required in the European Union, Japan and the Republic of Korea, and provides the verification portal for the Customer's importers.
2.2 The Vendor shall develop, install and configure the Integration Connector so that laboratory results are transferred automatically from the laboratories used by the Customer, and Certificates are attached automatically to the export dossier of each consignment.

Art. 3 (Term)
3.1 The subscription runs for 24 months from the Activation Date.
3.2 The Agreement does not renew tacitly. Any renewal requires a new written agreement between the Parties.

Art. 4 (Fees)
4.1 The fees are as follows:
- annual subscription fee, up to 6,000 Certificates: CNY 186,000 per subscription year, CNY 372,000 for the term;
- development and installation of the Integration Connector (one-time): CNY 124,000;
- total contract value: CNY 496,000.
4.2 Certificates beyond 6,000 in a subscription year are charged at CNY 28 each, invoiced quarterly in arrears.
4.3 The fees are fixed for the term of this Agreement and are inclusive of VAT.

Art. 5 (Payment terms)
5.1 Within 10 days of signature of this Agreement, the Customer shall pay the first annual subscription fee and 50% of the integration fee, i.e. CNY 248,000 in total.
5.2 The remaining 50% of the integration fee (CNY 62,000) shall be paid within 20 days of the Activation Date.
5.3 The second annual subscription fee shall be paid within 20 days of the first anniversary of the Activation Date.
5.4 Payments are made by bank transfer in CNY to the account of the Vendor's payment agent in Shanghai.

Art. 6 (Integration and acceptance)
6.1 The Vendor shall complete the Integration Connector and request acceptance within 60 days of signature.
6.2 Integration Acceptance requires that: (a) results from the three laboratories named in Annex A are received automatically and mapped without error for 30 test consignments; (b) Certificates are issued in the EU, Japanese and Korean formats and pass verification on the portal; (c) Certificates are attached to the correct export dossiers in the Customer's system; and (d) results above the limit of the destination market are blocked and flagged to the Customer's quality manager.
6.3 When all criteria are met, the Parties sign an Integration Acceptance report. Use of the Platform for live consignments before that date does not constitute acceptance.
6.4 If the Vendor does not request acceptance within the period in Art. 6.1 for reasons attributable to it, it shall pay a penalty of 0.1% of the total contract value for each day of delay, up to 10% of the total contract value.

Art. 7 (Service levels)
7.1 The Vendor guarantees a monthly availability of the Platform and the verification portal of 99.95%, excluding maintenance announced at least three days in advance.
7.2 Priority 1 incidents (no Certificate can be issued or verified) are responded to within 1 hour, at any time of the day, and restored within 8 hours. Priority 2 incidents are responded to within 1 business day.
7.3 If monthly availability is below the level in Art. 7.1, the Vendor grants a credit of 5% of the monthly share of the annual fee for each started 0.1 percentage point below that level, up to 50% of the monthly share. If a Priority 1 incident is not restored within 8 hours, a further credit of 2% of the monthly share applies for each additional hour.

Art. 8 (Intellectual property)
8.1 All intellectual property rights in the Platform remain with the Vendor.
8.2 All intellectual property rights in the Integration Connector, including the customisations made for the Customer and the related documentation, belong exclusively to the Vendor. The Customer receives a non-exclusive, non-transferable right to use the Integration Connector for the duration of the subscription; it may not modify it or have it modified by third parties.
8.3 The Vendor may use the Integration Connector and its customisations for other customers.

Art. 9 (Customer data and data protection)
9.1 The laboratory results, consignment data and Certificates of the Customer ("Customer Data") belong to the Customer. The Vendor processes Customer Data solely to provide the services under this Agreement and shall not use it for any other purpose.
9.2 At the Customer's request, Customer Data is stored and processed only on servers located in the People's Republic of China (Alibaba Cloud, Beijing region). The Vendor complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
9.3 The Vendor applies encryption in transit and at rest, role-based access with two-factor authentication and complete access logs, and keeps the signing keys in a hardware security module.
9.4 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all measures needed to limit its effects, and compensate the Customer for all damage resulting from its breach of this Art. 9.

Art. 10 (Confidentiality)
10.1 Each Party shall keep strictly confidential all information received from the other Party in connection with this Agreement, including prices, customer and importer lists and technical information, and shall not disclose it to third parties without the other Party's prior written consent. This obligation survives for five years after the end of the Agreement.

Art. 11 (Subcontracting)
11.1 The Vendor may not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent. The hosting provider named in Art. 9.2 is approved by the Customer on signature.

Art. 12 (Liability)
12.1 The total liability of the Vendor under this Agreement shall not exceed 150% of the total contract value. This limit does not apply in cases of wilful misconduct or gross negligence (Art. 1229 of the Italian Civil Code), or to breach of Art. 9 and Art. 10.

Art. 13 (Termination)
13.1 Either Party may terminate this Agreement by registered letter or certified e-mail (PEC) if the other Party commits a material breach and fails to remedy it within 20 days of a written notice.
13.2 Pursuant to Art. 1456 of the Italian Civil Code, the Customer may also terminate this Agreement by written declaration if the availability of the Platform falls below 99% in two consecutive months.
13.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

Art. 14 (Force majeure)
14.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided that it notifies the other Party without delay.

Art. 15 (Governing law and jurisdiction)
15.1 This Agreement is governed by Italian law.
15.2 Any dispute concerning the validity, interpretation or performance of this Agreement shall fall under the exclusive jurisdiction of the Court of Latina, Italy.

Art. 16 (Final provisions)
16.1 This Agreement is drawn up in English and Chinese; in case of discrepancy the English text prevails.
16.2 Any amendment to this Agreement must be made in writing.
16.3 Annexes: Annex A - laboratories and data formats; Annex B - service description.

Ventotene / Lanzhou, ____________ 2026

The Vendor ____________          The Customer ____________

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 8 (Intellectual property), Art. 12 (Liability), Art. 13 (Termination) and Art. 15 (Governing law and jurisdiction).

The Customer ____________
"""

# ---------------------------------------------------------------- files
SOURCES = {"h212z01": H212Z01, "h212z02": H212Z02, "h212e01": H212E01, "h212e04": H212E04}
TARGETS = {"h212z01": ("h212z01_city_housing_bureau_dust_monitoring_platform.docx", "docx"),
           "h212z02": ("h212z02_cable_plant_insulation_eccentricity_gauges.pdf", "pdf"),
           "h212e01": ("h212e01_iron_picture_workshop_laser_cad_licence.docx", "docx"),
           "h212e04": ("h212e04_taiyuan_coal_trader_managed_it.pdf", "pdf")}
PLAIN = {"h212z03_nail_salon_chain_booking_saas.md": H212Z03,
         "h212z04_county_supply_coop_agri_inputs_platform_om.txt": H212Z04,
         "h212z05_century_egg_maker_erp_supplier_template.md": H212Z05,
         "h212e02_hongcun_tour_operator_booking_saas.txt": H212E02,
         "h212e03_yellow_river_carp_farm_flow_sensors.md": H212E03,
         "h212e05_lily_bulb_exporter_radiation_certificate_api.txt": H212E05}


# ---------------------------------------------------------------- price and payment sums (asserted)
def check_sums():
    # z01: Word price table, 25/45/25/5 payments, post-warranty fee 8 % of 软硬件小计
    hw = 120 * 16800 + 120 * 3450 + 120 * 1280 + 386000
    assert (120 * 16800, 120 * 3450, 120 * 1280) == (2016000, 414000, 153600) and hw == 2969600
    assert hw + 298000 + 167400 + 25000 == 3460000
    assert (3460000 * 25 // 100, 3460000 * 45 // 100, 3460000 * 5 // 100) == (865000, 1557000, 173000)
    assert 865000 + 1557000 + 865000 + 173000 == 3460000 and hw * 8 // 100 == 237568
    # z02: hardware subtotal, 10/50/35/5 payments, fee 28 % of 硬件小计
    hw = 4 * 268000 + 4 * 38500 + 60000
    assert (4 * 268000, 4 * 38500, hw) == (1072000, 154000, 1286000) and hw + 128000 + 54000 == 1468000
    assert (146800, 734000, 513800, 73400) == tuple(1468000 * p // 100 for p in (10, 50, 35, 5))
    assert 146800 + 734000 + 513800 + 73400 == 1468000 and hw * 28 // 100 == 360080
    # z03: 46 stores, yearly fees, three years, quarterly instalment
    assert 46 * 3600 == 165600 and 165600 + 48000 + 18400 == 232000 and 3 * 232000 == 696000
    assert 696000 + 62000 == 758000 and 232000 // 4 == 58000
    # z04: five fixed items, two halves
    assert 126000 + 96000 + 58000 + 44000 + 36000 == 360000 and 2 * 180000 == 360000
    # z05: three items, 55/45
    assert 486000 + 352000 + 148000 == 986000
    assert 986000 * 55 // 100 == 542300 and 986000 * 45 // 100 == 443700 and 542300 + 443700 == 986000
    # e01: licence subtotal, 20/45/35, support 11 % of the licence subtotal
    lic = 6 * 58000 + 6 * 21500
    assert (6 * 58000, 6 * 21500, lic) == (348000, 129000, 477000) and lic + 96000 + 27000 == 600000
    assert (120000, 270000, 210000) == tuple(600000 * p // 100 for p in (20, 45, 35)) and 120000 + 270000 + 210000 == 600000
    assert lic * 11 / 100 == 52470
    # e02: monthly fees x 36 + onboarding
    assert 18600 * 36 == 669600 and 4200 * 36 == 151200 and 669600 + 151200 + 46000 == 866800
    # e03: hardware and licence subtotal, 10/55/35, maintenance 7.5 %
    hw = 24 * 14800 + 36 * 6350 + 12 * 9200 + 68000
    assert (24 * 14800, 36 * 6350, 12 * 9200, hw) == (355200, 228600, 110400, 762200)
    assert hw + 118600 + 19200 == 900000
    assert (90000, 495000, 315000) == tuple(900000 * p // 100 for p in (10, 55, 35)) and 90000 + 495000 + 315000 == 900000
    assert hw * 7.5 / 100 == 57165
    # e04: monthly fee lines, 24 months + transition
    assert 180 * 210 == 37800 and 37800 + 18900 + 7800 == 64500 and 64500 * 24 == 1548000 and 1548000 + 38000 == 1586000
    # e05: two annual fees + integration; first instalment = year-1 fee + half the integration fee
    assert 2 * 186000 == 372000 and 372000 + 124000 == 496000 and 186000 + 124000 // 2 == 248000 and 124000 // 2 == 62000


# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def L(file, lang, cat, vals, extra, rules, tco=None, forum_outside=False):
    assert len(vals) == len(TERM_KEYS)
    return {"file": file, "language": lang, "category": cat, "terms": dict(zip(TERM_KEYS, vals)), "extra": extra,
            "rules": rules, "tco": tco, "forum_outside": forum_outside}


G, S = "goods_or_licence", "service"
#          avail   p1    remedy ip        dsec  owns   conf   ld     cap    prepay acc   final warr pwf  auto   term  sub    law    kind
LABELS = [
    L("h212z01_city_housing_bureau_dust_monitoring_platform.docx", "zh", "hardware",
      [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 25, True, True, 36, 8, False, True, False, "PRC", G],
      {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
       "acceptance_deemed_on_delivery": False, "contract_value": 3460000},
      [], tco=(3460000, 2969600, 8, 36)),
    L("h212z02_cable_plant_insulation_eccentricity_gauges.pdf", "zh", "hardware",
      [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 28, False, True, False, "PRC", G],
      {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
       "acceptance_deemed_on_delivery": False, "contract_value": 1468000},
      ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], tco=(1468000, 1286000, 28, 18)),
    L("h212z03_nail_salon_chain_booking_saas.md", "zh", "cloud",
      [99.5, 0.5, True, "buyer", True, False, True, 500 / 758000 * 100, 150, None, True, None, None, None, True, True,
       False, "PRC", S],
      {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 758000},
      ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    L("h212z04_county_supply_coop_agri_inputs_platform_om.txt", "zh", "services",
      [99.95, 0.5, True, "buyer", True, True, False, 0.1, 50, None, True, None, None, None, False, True, False, "PRC", S],
      {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 360000},
      ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    L("h212z05_century_egg_maker_erp_supplier_template.md", "zh", "software",
      [None, 10, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, None, False, True, None, "PRC", G],
      {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": False,
       "acceptance_deemed_on_delivery": True, "contract_value": 986000},
      ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    L("h212e01_iron_picture_workshop_laser_cad_licence.docx", "en", "software",
      [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Scotland", G],
      {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
       "acceptance_deemed_on_delivery": False, "contract_value": 600000},
      ["CR-GOVERNING-LAW"], tco=(600000, 477000, 11, 18), forum_outside=True),
    L("h212e02_hongcun_tour_operator_booking_saas.txt", "en", "cloud",
      [99.95, 8, True, "buyer", True, True, True, 600 / 866800 * 100, 6 / 36 * 100, None, True, None, None, None,
       False, True, True, "PRC", S],
      {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 866800},
      ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    L("h212e03_yellow_river_carp_farm_flow_sensors.md", "en", "hardware",
      [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7.5, False, True, False, "PRC", G],
      {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
       "acceptance_deemed_on_delivery": False, "contract_value": 900000},
      [], tco=(900000, 762200, 7.5, 24)),
    L("h212e04_taiyuan_coal_trader_managed_it.pdf", "en", "services",
      [None, 0.5, False, "buyer", False, True, True, 1200 / 1586000 * 100, 120, None, True, None, None, None, False,
       True, False, "PRC", S],
      {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1586000},
      ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    L("h212e05_lily_bulb_exporter_radiation_certificate_api.txt", "en", "cloud",
      [99.95, 1, True, "supplier", True, True, True, 0.1, 150, 248000 / 496000 * 100, True, None, None, None, False,
       True, False, "Italy", S],
      {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 496000},
      ["CR-GOVERNING-LAW", "CR-IP-OWNERSHIP", "CR-PREPAYMENT"], forum_outside=True),
]


def tco_share(tco, horizon=5):
    """policy section 4: purchase price (= contract value here) + post-warranty fee for every year after the warranty,
    pro rata; warranty starts at acceptance = start of the horizon; fee base = itemised licence/hardware price."""
    value, base, fee_pct, warranty_months = tco
    years_after = max(0.0, horizon - warranty_months / 12)
    fees = base * fee_pct / 100 * years_after
    return value + fees, fees / (value + fees) * 100


def apply_policy(lab):
    t, x, rules = lab["terms"], lab["extra"], []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        rules.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        rules.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        rules.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        rules.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        rules.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        rules.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        rules.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        rules.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        rules.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        rules.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        rules.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        rules.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        rules.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        rules.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        rules.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        rules.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        rules.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        rules.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        rules.append("CR-GOVERNING-LAW")
    if goods and lab["tco"] is not None and tco_share(lab["tco"])[1] > 40:
        rules.append("CR-TCO-SERVICE-SHARE")
    return sorted(rules)


def write_labels():
    for lab in LABELS:
        got = apply_policy(lab)
        assert got == sorted(lab["rules"]), (lab["file"], got, lab["rules"])
        goods = lab["terms"]["contract_kind"] == G
        assert ("post_warranty_fee_capped" in lab["extra"]) == goods, lab["file"]
        if lab["tco"]:
            assert lab["tco"][0] == lab["extra"]["contract_value"]
            assert lab["tco"][2] == lab["terms"]["post_warranty_fee_pct"]
            assert lab["tco"][3] == lab["terms"]["warranty_months"]
        out = {"file": lab["file"], "language": lab["language"], "category": lab["category"],
               "expected_terms": lab["terms"], "expected_extra": lab["extra"], "expected_rules": sorted(lab["rules"])}
        name = lab["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        tco = tco_share(lab["tco"]) if lab["tco"] else None
        print("label", name, sorted(lab["rules"]) or "(none)", "TCO %.2f share %.2f%%" % tco if tco else "")


if __name__ == "__main__":
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write_labels()
