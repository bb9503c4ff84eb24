"""holdout260 — ten ORDINARY draft contracts (5 zh, 5 en) and their hand labels.

Writes every contract from the sources kept below (.md / .txt directly; .docx / .pdf through ../word_pdf.py with
wrap_words=True), asserts every price and payment sum and that each labelled figure appears in the text, re-applies
the policy §3/§4 rules to the hand labels and asserts they equal the plan, writes the .json labels, reads every built
file back (python-docx paragraphs + tables, pypdf) and fails if a value sits on a policy threshold.
Run: /work/main/.venv/bin/python make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent


def to_md(src):
    out, in_tb = [], False
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            cells = text.split("|")
            out.append("| " + " | ".join(cells) + " |")
            if not in_tb:
                out.append("|" + "---|" * len(cells))
            in_tb = True
            continue
        if in_tb:
            out.append("")
        in_tb = False
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        else:
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"


def to_txt(src):
    out, in_tb = [], False
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            out.append("  ".join(text.split("|")))
            in_tb = True
            continue
        if in_tb:
            out.append("")
        in_tb = False
        if tag == "T":
            out += [text, ""]
        elif tag == "H":
            out += [text]
        else:
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"

H260Z01 = """T:智慧水表数据平台建设项目合同
P:合同编号：YCSW-ZH-2026-0418　　招标编号：HBZB-2026-GK-0371（公开招标）
P:甲方（采购人）：宜昌城市水务集团有限公司，住所：湖北省宜昌市西陵区夷陵大道某号
P:乙方（供应商）：湖北汇流智联科技有限公司，住所：湖北省武汉市东湖新技术开发区光谷大道某号
P:鉴于甲方就“智慧水表数据平台建设项目”依法进行公开招标，乙方经评审被确定为中标人，双方依据《中华人民共和国民法典》《中华人民共和国招标投标法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。招标文件、乙方投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条　项目内容
P:1.1 乙方为甲方建设智慧水表数据平台，对全市约三十八万具远传水表（含NB-IoT表、LoRa表及有线远传表）的读数、告警和阀控数据进行统一采集、清洗、存储和分析，并与甲方营业收费系统、管网GIS系统、供水调度SCADA系统对接，实现抄表到户、漏损分区计量（DMA）分析和异常用水预警。
P:1.2 乙方交付内容包括：平台软件许可（永久使用）、数据采集网关设备、三个业务系统接口的定制开发、历史抄表数据迁移、部署实施及培训，具体以第二条价格表和附件一《功能需求清单》为准。
P:1.3 项目实施地点为甲方调度中心机房及各营业所。乙方应于合同签订后一百五十日内完成全部部署并申请初步验收。
H:第二条　合同价格
P:2.1 本合同总价为人民币贰佰叁拾贰万捌仟元整（¥2,328,000），为含税固定总价，包括设备、软件、开发、运输、安装、调试、培训、税费及乙方为履行本合同所需的全部费用。甲方不再支付合同外的任何费用。
P:2.2 价格明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智慧水表数据平台软件许可（永久）|1套|1,280,000|1,280,000
TB:2|数据采集网关（含三年原厂质保）|36台|9,500|342,000
TB:3|营收、GIS、SCADA接口定制开发|3项|—|416,000
TB:4|历史抄表数据迁移|1项|138,000|138,000
TB:5|部署实施|1项|124,000|124,000
TB:6|操作及运维培训|1项|28,000|28,000
TB:小计|软硬件小计（第1、2项）|—|—|1,622,000
TB:合计|合同总价|—|—|2,328,000
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥465,600。
P:3.2 平台完成部署、三个接口联调通过并经初步验收合格后，甲方支付合同总价的50%，即¥1,164,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%，即¥582,000。
P:3.4 合同总价的5%即¥116,400作为质量保证金，在质保期满且乙方无未了结的质量问题后十五个工作日内无息退还。
P:3.5 乙方每次请款前应开具合法有效的增值税专用发票。甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第四条　验收
P:4.1 初步验收：平台部署完成后，由甲方组织对附件一所列功能逐项测试。验收标准为：（1）接入水表数量不少于合同约定范围的98%，日抄表成功率不低于99.2%；（2）三个业务系统接口数据比对一致，营收系统抄表数据推送延时不超过十分钟；（3）DMA分区漏损报表与人工核算结果偏差不超过0.5个百分点；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:4.2 初步验收合格后平台进入九十日试运行。试运行期间累计出现两次以上一级故障的，试运行期重新计算。试运行结束且乙方提交全部竣工文档、源代码及接口说明后，甲方组织最终验收，出具书面验收报告。
P:4.3 设备到货签收、平台上线运行、甲方使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条　服务水平
P:5.1 质保期内平台月度可用率不低于99.95%（计划内维护须提前三个工作日经甲方同意，不计入不可用时间）。
P:5.2 故障分级响应：一级故障（平台整体不可用或批量抄表数据丢失）乙方须在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障（单个接口或单个营业所业务中断）1小时内响应、24小时内恢复；三级故障（一般功能缺陷）在下一个版本中修复，最长不超过十五日。
P:5.3 乙方未按上述时限响应或恢复的，每超时一小时向甲方支付¥2,000；月度可用率每低于承诺值0.01个百分点，扣减当季维保款或质量保证金¥3,000。
H:第六条　质保与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、网关设备保修更换和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供续期维保服务，年维保费不超过软硬件小计的9%，即每年不超过¥145,980，该价格在质保期满后的三年内保持不变。维保合同由双方逐年另行签订，不自动续期。
H:第七条　知识产权
P:7.1 平台软件的著作权归乙方，甲方获得永久、不可撤销的使用许可，使用范围不受用户数和水表数量限制。
P:7.2 为本项目定制开发的接口程序、报表模板、数据模型及相关源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方保证交付成果不侵犯第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条　数据安全
P:8.1 水表读数、用户户号、用水地址、用水量及平台产生的全部数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或用于任何其他目的。
P:8.2 平台部署在甲方机房，乙方远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。乙方应落实访问控制、传输加密和日志审计等安全措施，遵守《数据安全法》《个人信息保护法》。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此受到的监管处罚。
H:第九条　保密
P:9.1 双方对在履行本合同中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方人员应签署保密承诺书。保密义务不因合同终止而解除，持续至相关信息依法公开为止。
H:第十条　违约责任
P:10.1 乙方未按期完成部署或通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条　分包
P:11.1 乙方不得将本项目转包，也不得将任何部分分包给第三方，但经甲方事先书面同意的除外。
H:第十二条　合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条　争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交宜昌仲裁委员会按其仲裁规则仲裁。
H:第十四条　其他
P:14.1 本合同一式六份，甲方四份、乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。附件一：功能需求清单；附件二：设备配置清单；附件三：项目实施计划。
P:甲方（盖章）：宜昌城市水务集团有限公司　　　乙方（盖章）：湖北汇流智联科技有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日　　　签订日期：2026年　月　日
"""

H260Z02 = """T:电解槽智能监测系统采购及维保合同
P:合同编号：BSJL-SB-2026-067
P:买方（以下简称甲方）：百色锦铝新材料有限公司
P:卖方（以下简称乙方）：长沙槽测智能装备有限公司
P:甲方三系列电解车间现有400kA预焙阳极电解槽240台，为及时掌握槽电压、阳极电流分布、槽壳温度和极距变化，降低效应系数和吨铝直流电耗，甲方决定采购电解槽智能监测系统。经商务谈判，双方就系统供货、安装调试、质保及质保期满后的维保服务达成如下协议。
H:一、供货范围及价格
P:（一）乙方供应的设备、软件及服务如下表，合同总价为人民币贰佰玖拾壹万元整（¥2,910,000），含13%增值税及运输、保险、装卸费用。
TB:序号|名称|数量|单价（元）|合价（元）
TB:1|槽控监测终端（每槽一台）|240台|6,800|1,632,000
TB:2|阳极电流及槽壳温度传感器套件|240套|1,950|468,000
TB:3|边缘计算服务器|4台|58,000|232,000
TB:4|电解槽监测分析软件许可（永久）|1套|368,000|368,000
TB:　|软硬件小计（第1至4项）|　|　|2,700,000
TB:5|安装调试（含布线、标定）|1项|186,000|186,000
TB:6|操作及维护培训|1项|24,000|24,000
TB:　|合同总价|　|　|2,910,000
P:（二）设备须为全新原装产品，防护等级不低于IP65，能在强磁场、高粉尘、槽壳温度达350℃的环境下长期稳定运行。传感器标定证书随货提供。
H:二、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方电解车间，并在到货后四十五日内完成安装调试。安装须在不停槽的条件下分批进行，每批不超过二十台，施工方案须经甲方生产技术部批准。
P:（二）乙方现场人员须遵守甲方安全生产管理制度，进入电解车间须穿戴绝缘防护用品。因乙方违章作业造成的人身伤害或设备损坏由乙方负责。
P:（三）甲方负责提供安装所需的电源接入点、光纤通道和临时堆放场地，并指派专人配合停槽窗口的协调。乙方应每周向甲方报送施工进度，发现槽况异常应立即停止作业并通知甲方当班值长。
H:三、付款
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，即¥291,000。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的50%，即¥1,455,000。到货签收及安装完毕仅表明数量和外观相符，不视为验收合格。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥1,018,500。
P:（四）剩余5%即¥145,500作为质量保证金，质保期满后无息支付。
H:四、验收
P:（一）安装调试完成后，系统连续试运行六十日。验收标准：1.槽电压采样周期不大于1秒，测量误差不超过±2mV；2.阳极电流分布测量误差不超过±1.5%；3.槽壳温度测点误差不超过±3℃；4.试运行期间数据缺失点数不超过采样点总数的千分之二，终端故障率不高于1%；5.阳极效应预警提前量不少于三分钟，准确率达到技术协议约定值。
P:（二）试运行结束后，甲方组织生产、设备、信息部门进行最终验收，逐项核对上述指标，合格后签署验收证书。任一指标不合格的，乙方应限期整改后重新验收。甲方使用设备不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备出现质量问题，乙方免费维修或更换，软件免费修复缺陷和升级。
P:（二）故障响应：一级故障（一个槽段以上监测数据中断或效应预警失效）乙方须在1小时内响应，3小时内到达现场，10小时内恢复；二级故障（单台终端故障）24小时内修复。乙方超时的，每超时一小时向甲方支付¥1,500。
P:（三）乙方在甲方厂区设立备件库，常备终端和传感器各不少于五套，由乙方自费补充。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年提供维保服务，内容包括设备巡检、传感器年度标定、故障维修及备件更换、软件升级和远程技术支持。
P:（二）年维保费为软硬件小计的26%，即每年¥702,000，在质保期满后连续三年内固定不变，按季度支付。维保服务的响应时限与本合同第五条第（二）项相同。
P:（三）维保合同每年签订一次，不自动续期；甲方可以不续签。
P:（四）维保期间乙方每季度提交一次维保报告，列明巡检、传感器标定、故障处理和备件消耗情况，经甲方设备部确认后支付当季维保费。
H:七、知识产权
P:（一）监测分析软件著作权属于乙方，甲方享有永久使用权。
P:（二）乙方为甲方定制的槽况分析模型、报表及与甲方生产管理系统的接口程序，其知识产权归甲方所有，乙方应交付源代码和说明文档，甲方可自行修改和使用。
H:八、数据安全与保密
P:（一）系统采集的槽电压、电流、温度等生产数据及分析结果属于甲方，乙方只能为履行本合同使用，不得复制带离或用于其他用途。系统部署在甲方工控网络内，与办公网隔离；乙方远程维护须逐次经甲方批准并通过审计堡垒机。
P:（二）乙方应采取必要的安全措施防止数据泄露和篡改，发生安全事件须在2小时内报告甲方；因乙方原因导致数据泄露或生产事故的，乙方承担全部赔偿责任。
P:（三）双方对履行本合同中获悉的对方技术秘密和经营信息负有保密义务，合同终止后三年内仍然有效。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤亡、故意或重大过失及违反第八条造成的损失不受此限。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、分包、转让与解除
P:（一）未经甲方书面同意，乙方不得将本合同的任何部分分包或转让给第三方。
P:（二）乙方严重违约且在甲方书面通知后二十日内未予纠正的，甲方可以解除合同，并要求乙方赔偿损失。
H:十一、争议解决
P:本合同适用中华人民共和国法律。发生争议由双方协商解决，协商不成的，提交百色仲裁委员会仲裁。
H:十二、培训与技术文件
P:（一）乙方应在系统试运行前为甲方电解车间工艺人员、仪表维护人员和信息中心人员分别组织培训，合计不少于六十人次，培训内容包括终端日常检查、传感器更换、槽况曲线判读、效应预警处置和软件操作。培训教材和考核记录由乙方提供。
P:（二）乙方应随货及在验收前交付设备说明书、安装图纸、接线图、传感器标定记录、软件操作手册、接口说明和备品备件清单，技术文件应为中文，纸质版一式三份并附电子版。
H:十三、所有权与风险
P:设备所有权自甲方支付到货款后转移给甲方；设备毁损灭失的风险自甲方签收时转移。安装调试期间因乙方原因造成的设备损坏由乙方负责修复或更换。
H:十四、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力致使合同不能按期履行的，受影响方应在三日内通知对方并提供证明，相应履行期限顺延；不可抗力持续超过九十日的，双方协商是否继续履行。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：百色锦铝新材料有限公司　　代表签字：__________
P:乙方（盖章）：长沙槽测智能装备有限公司　　代表签字：__________
P:日期：2026年　月　日
"""

H260Z03 = """T:验光档案及门店收银SaaS服务合同
P:合同编号：MSD-IT-2026-015
P:甲方：明视达眼镜连锁（杭州）有限公司（下称“甲方”）
P:乙方：上海瞳析云信息技术有限公司（下称“乙方”）
P:甲方在浙江、江苏两省经营眼镜门店90家，拟将各门店的验光档案、配镜订单、会员和收银业务统一迁移到乙方提供的“瞳析云”SaaS平台，并由乙方完成实施上线。双方经友好协商，订立本合同。
H:1. 定义
P:1.1 “平台”指乙方运营的瞳析云验光档案与门店零售SaaS系统，包括验光档案、配镜加工单、库存、会员、收银和总部报表模块。
P:1.2 “甲方数据”指甲方及其门店在平台中录入、上传或平台为甲方生成的全部数据，包括顾客姓名、联系方式、验光处方、眼健康检查记录、订单及交易数据。
P:1.3 “上线”指全部90家门店在平台上正式开展收银和建档业务。
H:2. 服务内容与期限
P:2.1 乙方向甲方提供平台订阅服务，服务期为三年，自全部门店上线验收合格之日起算。
P:2.2 乙方提供实施服务：业务调研、系统配置、验光设备（电脑验光仪、综合验光仪）数据对接、旧系统数据迁移、门店培训和上线陪跑。实施应在合同签订后一百二十日内完成。
P:2.3 乙方应在实施开始前提交实施计划，按试点门店、杭州区域、其他区域三个批次上线，每批上线前须经甲方书面确认切换方案和回退方案，确保门店营业不中断。
P:2.4 服务期届满本合同终止，不自动续约。甲方如需续订，双方另行协商签订新合同。
H:3. 费用与支付
P:3.1 本合同总金额为人民币1,388,000元，明细如下：
TB:费用项目|计费方式|金额（元）
TB:门店SaaS订阅费|90店 × 3,600元/店/年 × 3年|972,000
TB:总部管理模块订阅费|48,000元/年 × 3年|144,000
TB:实施服务费（一次性）|固定总价|186,000
TB:历史数据迁移费（一次性）|固定总价|64,000
TB:培训费（一次性）|固定总价|22,000
TB:合计|—|1,388,000
P:3.2 订阅费按季度后付，每季度末后十个工作日内甲方支付当季订阅费93,000元，服务期内共十二个季度。
P:3.3 实施、数据迁移和培训费合计272,000元，在全部门店上线验收合格后一次性支付。甲方无需预付任何费用。
P:3.4 服务期内订阅单价固定，乙方不得上调。门店数量增加的，新增门店按3,600元/店/年按月折算计费。
H:4. 上线验收
P:4.1 乙方完成实施后向甲方提交上线验收申请。验收标准：（1）旧系统约二十一万份验光档案和会员数据迁移完整，抽查五百份与原记录一致；（2）验光设备数据自动导入，处方字段无需人工重录；（3）收银、退换货、会员积分和日结对账功能通过甲方测试用例；（4）门店高峰期收银单笔操作响应时间不超过2秒；（5）全部门店连续十个营业日正常使用。
P:4.2 甲方在收到申请后十个工作日内组织验收并出具书面意见。未通过的，乙方应在十日内整改后再次申请。试用或部分门店上线不视为验收合格。
H:5. 服务水平
P:5.1 平台月度可用率不低于99.5%。可用率按当月总分钟数扣除不可用分钟数计算，经甲方书面同意的计划维护除外。
P:5.2 故障等级与响应：P1（全部或多数门店无法收银或打开档案）30分钟内响应，3小时内恢复；P2（部分功能不可用）2小时内响应，当日恢复；P3（一般问题）1个工作日内响应。
P:5.3 月度可用率低于承诺值的，按下列标准扣减当季订阅费：低于99.5%但不低于99%，扣减当月订阅费的5%；低于99%，扣减10%。P1故障超时恢复的，每超时一小时另扣减500元。
H:6. 实施人员与合作伙伴
P:6.1 乙方应指派项目经理一名，全程负责实施，未经甲方同意不得更换。
P:6.2 乙方可将部分城市门店的现场实施和培训工作交由其区域合作伙伴完成，但应在合作伙伴进场前五个工作日书面告知甲方合作伙伴名称及人员名单。乙方对合作伙伴的工作承担责任。
H:7. 数据权属与数据安全
P:7.1 甲方数据归甲方所有。乙方仅为向甲方提供本合同服务的目的处理甲方数据，不得用于任何其他目的，不得向第三方提供，也不得进行汇总分析后对外使用。
P:7.2 验光处方和眼健康检查记录属于敏感个人信息，乙方应按照《个人信息保护法》的要求采取加密存储、访问权限分级、操作日志留存等措施。平台部署在中国境内的云计算数据中心，并已通过网络安全等级保护三级测评。
P:7.3 发生数据泄露或可能泄露的，乙方应在2小时内通知甲方，配合甲方向监管部门报告和通知受影响的顾客；因乙方原因造成的，乙方承担甲方的全部损失，包括赔偿顾客、监管罚款和合理的处置费用。
P:7.4 合同终止后三十日内，乙方应按甲方要求以通用格式交还全部甲方数据，并在甲方确认后删除平台中的甲方数据，出具删除证明。
H:8. 知识产权
P:8.1 平台及其升级版本的知识产权归乙方所有。
P:8.2 乙方为甲方定制的报表、数据接口及配置方案的知识产权归甲方所有，甲方可自由使用、修改，或交由其他服务商使用。
H:9. 保密
P:9.1 双方对因本合同知悉的对方经营信息、价格、顾客信息和技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。
H:10. 违约责任
P:10.1 乙方未按第2.2条约定时间完成全部门店上线的，每逾期一日向甲方支付违约金1,000元。
P:10.2 乙方在本合同项下的赔偿总额不超过合同总金额的150%；乙方违反第7条或第9条造成的损失不受此限。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:11. 合同解除
P:11.1 一方严重违约，经另一方书面催告后二十日内仍未改正的，守约方有权书面通知解除本合同。平台连续三个月可用率低于99%的，甲方可以解除合同。
H:12. 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:13. 甲方的配合义务
P:13.1 甲方应指定总部信息部负责人作为项目联系人，按实施计划提供门店清单、旧系统数据导出文件、验光设备型号和网络条件，并安排门店员工参加培训。
P:13.2 门店收银终端、小票打印机和扫码设备由甲方自备，乙方应在实施前提供兼容设备清单；因甲方设备不兼容造成的延误不计入乙方逾期天数。
H:14. 支持与培训
P:14.1 服务期内乙方提供每日8:00至22:00的电话和在线客服支持，并为新开门店提供远程开通和培训，不另收费。
P:14.2 乙方每季度向甲方提交服务报告，列明可用率、故障处理、工单统计和平台版本更新情况，并每年组织一次门店业务回访。
H:15. 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在合理期限内提供证明，可部分或全部免除责任，但云服务商一般性故障不属于不可抗力。
H:16. 其他
P:16.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：明视达眼镜连锁（杭州）有限公司　　乙方（盖章）：上海瞳析云信息技术有限公司
P:授权代表：__________　　授权代表：__________　　日期：2026年　月　日
"""

H260Z04 = """T:青川县融媒体中心播出及采编系统2026年度运维服务合同
P:项目名称：县融媒体中心播出系统及新闻采编系统年度运维服务
P:采购方式：竞争性磋商　　采购计划编号：QC-ZFCG-2026-0093
P:采购人（甲方）：青川县融媒体中心
P:供应商（乙方）：成都视讯播控技术服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方的响应文件，甲乙双方就本项目运维服务事项签订本合同。磋商文件、响应文件、成交通知书和乙方的服务承诺均为本合同的组成部分。
H:第一章　服务范围与期限
P:第一条　运维对象包括：甲方电视频道硬盘播出系统（主备播出服务器、切换台、字幕机、信号监测）、广播直播间设备、融媒体新闻采编系统（“中央厨房”策划指挥、稿件库、媒资库、多渠道发布）、演播室灯光音响及相关网络、存储设备。设备清单见附件一。
P:第二条　服务期自2026年3月1日起至2027年2月28日止。服务期满合同自然终止，甲方根据采购计划重新组织采购。
P:第三条　服务内容：（一）驻场运维：乙方派驻两名具备广播电视相关资质的工程师，工作日8:00至18:00在甲方机房值守，节假日和重要播出期间按甲方安排轮值；（二）巡检保养：每季度对播出、采编、存储和网络设备全面巡检和保养一次，出具巡检报告；（三）软件维护：采编系统缺陷修复、补丁更新和功能小幅调整；（四）备品备件：附件一所列设备的易损件更换费用由乙方包干；（五）应急保障：县内重大活动、重要会议直播和汛期应急广播的现场保障，全年不少于六次。
P:第四条　乙方应在合同生效后三十日内完成首次全面巡检，形成设备健康评估报告和问题清单，并在其后三十日内完成清单所列问题的整改。
H:第二章　合同价款与支付
P:第五条　合同总价为人民币伍拾陆万玖仟元整（¥569,000），为服务期内的固定总价，构成如下：
TB:服务内容|计算方式|金额（元）
TB:驻场运维服务|2人 × 13,500元/人/月，全年|324,000
TB:巡检及季度保养|4次 × 18,500元|74,000
TB:新闻采编系统软件维护|年度包干|86,000
TB:备品备件包干|年度包干|58,000
TB:重大活动应急保障|6次 × 4,500元|27,000
TB:合计|—|569,000
P:第六条　服务费按季度支付。每个服务季度结束后，甲方根据第四章考核结果在十五个工作日内支付当季服务费142,250元，考核扣款从当季服务费中扣除。甲方不预付服务费。
P:第七条　乙方应在每次收款前开具增值税发票。甲方付款资金来源为县级财政预算资金，按财政国库集中支付程序办理。
H:第三章　服务标准
P:第八条　故障分级：一级故障指频道停播、黑场、静帧或直播信号中断；二级故障指备份系统失效、采编系统无法发稿或媒资库无法访问；三级故障指单个工作站或非关键功能故障。
P:第九条　响应和处理时限：一级故障，驻场工程师须在15分钟内响应并启动应急切换，1小时内恢复播出；二级故障1小时内响应，8小时内修复；三级故障当日响应，三个工作日内修复。非值守时段发生一级故障的，乙方工程师须在45分钟内到达机房。
P:第十条　乙方应建立运维日志，详细记录每次故障的发生时间、处理过程和恢复时间，每月5日前向甲方提交上月运维月报。月报应包括设备运行状况、故障统计与原因分析、备件消耗、安全补丁更新情况以及下月维护计划。重要节假日、汛期和重大宣传活动前，乙方应提前七日完成专项检查，对主备播出链路进行切换演练，并将演练记录报甲方技术部签字确认。
H:第四章　考核与验收
P:第十一条　甲方按季度对乙方进行考核，考核内容包括故障响应及恢复时限、巡检计划完成情况、运维日志与月报、驻场人员出勤、甲方技术部门满意度。考核细则见附件二。
P:第十二条　考核扣款：一级故障未按时响应或恢复的，每次扣减1,500元；二级故障超时的，每次扣减500元；驻场人员无故缺勤的，每人每日扣减600元；因乙方责任造成停播事故并被上级主管部门通报的，每次扣减8,000元。
P:第十三条　服务期满后，甲方依据磋商文件规定的服务要求和四个季度的考核结果组织履约验收，出具验收报告。季度考核合格是支付当季服务费的前提。考核得分低于七十分的季度视为不合格，乙方应在十日内提交整改方案，整改完成并经甲方复核后支付当季服务费。
H:第五章　数据安全
P:第十四条　甲方的稿件、音视频素材、媒资数据、播出单、用户账号和系统日志均属于甲方所有，乙方只能为完成本合同运维工作而接触和处理，不得复制、外传或用于其他目的。
P:第十五条　乙方工程师须使用甲方分配的个人账号操作，禁止使用共享账号；不得在播出网和采编网上接入未经甲方检测的移动存储介质；远程维护须经甲方技术负责人同意并全程录屏。乙方应协助甲方落实网络安全等级保护要求，定期修补漏洞、更改默认口令。
P:第十六条　发生网络攻击、插播或数据泄露等安全事件的，乙方应立即采取处置措施并在30分钟内报告甲方；因乙方违反本章规定造成安全事件的，乙方承担由此产生的全部责任和损失。
H:第六章　知识产权
P:第十七条　乙方在服务期内为甲方编写的运维手册、应急预案、巡检报告和脚本工具的知识产权归甲方所有，甲方可自由使用和修改。
H:第六章（续）　人员与交接
P:第十七条之一　乙方驻场工程师应熟悉硬盘播出、非线性编辑和IP网络，至少一人持有广播电视技术能手证书或同等资质。人员名单、联系方式和资质证明应在进场前报甲方备案，更换人员须提前十日征得甲方同意，并完成不少于三个工作日的现场交接。
P:第十七条之二　甲方为驻场人员提供值班室、办公桌椅、网络接入和必要的测试仪器，并指定技术部一名工作人员负责日常对接与工作确认。
P:第十七条之三　服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商移交设备台账、配置备份、运维日志、未结问题清单和全部账号口令，配合交接不少于十个工作日，交接完成前不得撤离驻场人员。
H:第七章　违约责任
P:第十八条　乙方未按第四条约定时限完成首次全面巡检或问题整改的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:第十九条　乙方驻场人员数量或资质不符合承诺的，应在五个工作日内补足；逾期不补足的，甲方可另行委托他人，费用由乙方承担。
P:第二十条　甲方无正当理由逾期支付服务费的，按逾期金额每日万分之二向乙方支付违约金。
H:第八章　分包与合同解除
P:第二十一条　乙方不得将本合同服务分包或转包，驻场工程师须为与乙方签订劳动合同并由乙方缴纳社会保险的正式员工。
P:第二十二条　乙方一个季度内发生两次以上因乙方责任导致的停播事故，或严重违反合同约定经书面催告后十日内仍未改正的，甲方有权解除合同，按实际服务期结算费用，并要求乙方赔偿损失。
H:第九章　争议解决及其他
P:第二十三条　本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向青川县人民法院提起诉讼。
P:第二十四条　本合同一式五份，甲方三份，乙方一份，县政府采购监督管理部门备案一份，经双方签章后生效。
P:甲方（盖章）：青川县融媒体中心　　　乙方（盖章）：成都视讯播控技术服务有限公司
P:负责人：__________　　　法定代表人或委托代理人：__________
P:签订日期：2026年2月　日
"""

H260Z05 = """T:云筹ERP软件许可及实施服务合同（标准文本）
P:文本编号：YC-ERP-STD V5.0（广西云筹软件有限公司制定，2025年修订）　　合同编号：YC2026-GL-0212
P:甲方（客户）：桂林漓味食品有限公司
P:乙方（服务商）：广西云筹软件有限公司
P:甲方主营桂林米粉（干米粉、鲜湿米粉及预包装速食米粉）的生产与销售，拥有两个生产基地和覆盖广西、广东、湖南的经销网络。甲方选用乙方“云筹ERP”产品，并委托乙方按甲方需求进行定制开发和实施。双方本着平等自愿的原则，签订本合同。
H:第一条　合同标的
P:1.1 乙方向甲方授予云筹ERP软件（财务、供销存、生产制造、质量追溯模块）的使用许可，授权用户数50个，许可期限为永久。
P:1.2 乙方按甲方需求进行定制开发，主要包括：米粉生产批次及原料（大米）追溯、鲜湿米粉冷链配送调度、经销商返利核算，以及与甲方电子秤、包装线赋码系统的对接。
P:1.3 乙方负责系统安装部署、基础数据初始化和用户培训。系统部署在甲方自备的服务器上，服务器、操作系统、数据库软件和网络设备由甲方自行采购并承担费用，乙方提供配置建议和安装指导。
H:第二条　合同金额
P:2.1 合同总金额为人民币捌拾叁万元整（¥830,000），构成如下：
TB:项目|金额（元）|说明
TB:云筹ERP软件许可（50用户，永久）|386,000|财务、供销存、生产、质量追溯
TB:定制开发|298,000|批次追溯、冷链配送、返利核算、设备对接
TB:实施服务|96,000|安装部署、流程配置
TB:数据初始化|32,000|物料、BOM、客户、期初数据
TB:培训|18,000|关键用户及最终用户培训
TB:合计|830,000|含6%增值税
H:第三条　付款方式
P:3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的60%，即¥498,000，乙方收到款项后启动项目。
P:3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即¥290,500。
P:3.3 系统上线运行满三个月后，甲方支付剩余5%，即¥41,500。
P:3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。
H:第四条　实施与交付
P:4.1 乙方应在收到首期款后九十个工作日内完成系统安装和定制开发，具备上线条件。因甲方需求变更、数据准备不及时或现场条件不具备造成的延误，交付期限相应顺延。
P:4.2 上线指系统在甲方生产环境中完成部署，甲方关键用户可以登录并开始录入单据。乙方完成安装后向甲方发出上线通知，甲方在收到通知后三个工作日内未书面提出异议的，视为系统已经上线。
P:4.3 乙方按实施方法论提供需求调研、蓝图设计、系统配置、数据导入、上线支持五个阶段的服务，每阶段交付物以乙方标准模板为准。甲方对阶段交付物的确认意见应在五个工作日内书面提出，逾期未提出的视为确认。
P:4.4 培训采用集中授课与上机操作相结合的方式，由乙方在甲方所在地组织关键用户培训不超过三期、最终用户培训不超过两期，超出部分按乙方人天单价另行计费。
P:4.5 甲方应配备项目负责人和各模块关键用户，及时确认需求说明书、提供基础数据，并在上线前完成期初库存盘点。
H:第五条　验收
P:5.1 系统安装完成并上线运行后，即视为甲方验收合格。甲方在系统上线后对系统提出的问题，由乙方在免费维护期内处理，不影响验收结论和付款。
H:第六条　免费维护与服务响应
P:6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括远程技术支持和软件缺陷修复。现场服务按乙方差旅标准另行收费。
P:6.2 故障分级：一级故障（系统无法登录或核心业务无法开单）乙方在接到甲方报告后8小时内响应；二级故障在2个工作日内响应；三级故障在5个工作日内响应。
P:6.3 甲方应通过乙方客服系统或服务热线报告故障，并提供问题描述、截图和操作步骤，报告信息不完整的，响应时间自信息补全时起算。因甲方自行修改配置、使用非授权硬件或操作不当造成的故障，不属于免费维护范围。
P:6.4 上述响应时间为乙方的服务目标。乙方不因响应或修复超时承担扣款、赔偿或违约金。
H:第七条　后续维护服务
P:7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的维护服务价格标准执行。
P:7.2 未签订维护协议的，乙方不再提供软件升级和技术支持，甲方再次申请维护服务时，乙方有权收取中断期间的维护费。
H:第八条　知识产权
P:8.1 云筹ERP软件及其文档的著作权归乙方所有。
P:8.2 乙方在本合同项下完成的定制开发成果（包括批次追溯、冷链配送、返利核算功能及设备接口程序、源代码和技术文档）的知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。
H:第九条　数据
P:9.1 甲方在系统中录入的业务数据由甲方负责其真实性与合法性。乙方应采取合理的技术措施保障系统及数据安全，包括账号权限管理、数据库定期备份和传输加密；因乙方原因造成数据泄露或丢失的，乙方负责恢复并赔偿甲方的直接损失。乙方发现安全事件的，应在24小时内通知甲方。
P:9.2 甲方同意，乙方有权将甲方业务数据进行脱敏处理后用于产品改进、行业分析及食品行业经营指数的编制，该等脱敏数据及分析结果归乙方所有。
P:9.3 合同终止或许可终止后，甲方可要求乙方协助以标准格式导出业务数据，乙方按实际工作量收取导出服务费。
H:第十条　保密
P:10.1 双方对本合同内容及在合作中获得的对方商业信息负有保密义务，未经对方书面许可不得向第三方披露，法律法规另有规定或政府机关要求披露的除外。保密期限为合同终止后三年。
H:第十一条　违约责任
P:11.1 乙方逾期交付的，每逾期一日按合同总金额的万分之一向甲方支付违约金，违约金总额不超过合同总金额的3%。
P:11.2 无论基于何种原因，乙方在本合同项下承担的累计赔偿责任（含违约金）不超过合同总金额的20%，且不承担甲方的间接损失、利润损失和商誉损失。
P:11.3 甲方超出授权用户数使用软件的，应按乙方当期报价补交许可费；甲方将软件提供给关联企业或第三方使用的，乙方有权终止许可并要求赔偿。
H:第十二条　合同解除
P:12.1 一方违反本合同约定，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的许可费不予退还。
H:第十三条　不可抗力
P:13.1 因地震、洪水、火灾、疫情、政府行为、网络运营商或云服务商故障等乙方无法控制的原因造成乙方不能按期履行的，乙方不承担违约责任，履行期限相应顺延。
H:第十四条　争议解决
P:14.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第十五条　其他
P:15.1 本合同为乙方标准文本，双方如有补充约定，应另行签订书面补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方（盖章）：桂林漓味食品有限公司　　　乙方（盖章）：广西云筹软件有限公司
P:经办人：__________　　　经办人：__________　　　日期：2026年　月　日
"""

H260E01 = """T:Software Licence and Services Agreement — ScanForma 3D Scanning Suite
P:Agreement No. SF-CN-2026-031
P:This Agreement is made between Hotan Yurongkash Jade Carving Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hotan, Xinjiang Uygur Autonomous Region (the "Customer"), and Scansione Forma S.r.l., a company incorporated in Italy with its registered office at Via del Porto, Isola San Domino, Isole Tremiti (FG), Italy (the "Vendor").
H:Recitals
P:(A) The Customer carves and finishes nephrite jade pieces and wishes to digitise raw stones and finished carvings, to plan cuts with less waste and to document each piece for its certificates of origin.
P:(B) The Vendor develops the ScanForma suite of structured-light scanning and mesh-processing software and has offered perpetual licences together with a custom colour-calibration profile and a carving-path export plug-in for the Customer's CNC engraving machines.
P:(C) At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means ScanForma Studio and the ScanForma Mesh Pro add-on, in object code, with their user documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the jade colour-calibration profile, the carving-path export plug-in and any other item developed by the Vendor specifically for the Customer under this Agreement, including source code, build scripts and technical documentation.
P:1.3 "Customer Data" means all scans, meshes, images, measurements, piece records and any other data created by or for the Customer with the Licensed Software or supplied by the Customer to the Vendor.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on six workstations at the Customer's workshops in Hotan for the Customer's own business.
P:2.2 The Vendor shall develop and deliver the Custom Deliverables described in Schedule 1, install the Licensed Software and the Custom Deliverables, calibrate them with the Customer's two structured-light scanners, and train the Customer's staff.
P:2.3 The Vendor shall complete installation within 60 days after the Effective Date and shall make the system ready for acceptance testing within 90 days after the Effective Date.
H:Article 3 Price
P:3.1 The total price is CNY 710,000 (the "Contract Price"), inclusive of all taxes, travel and expenses, broken down as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ScanForma Studio perpetual licence|6 seats|68,000|408,000
TB:ScanForma Mesh Pro add-on, perpetual|6 seats|19,500|117,000
TB:Licence subtotal|—|—|525,000
TB:Custom Deliverables (calibration profile and CNC export plug-in)|1 lot|146,000|146,000
TB:Installation, calibration and training|1 lot|39,000|39,000
TB:Contract Price|—|—|710,000
P:3.2 The Contract Price is fixed. No further charges are payable for the scope described in this Agreement and its Schedules.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in the following instalments, each within 20 days after receipt of a correct invoice:
P:(a) 20% (CNY 142,000) after signature of this Agreement, against the Vendor's delivery of the licence keys;
P:(b) 50% (CNY 355,000) after the Installation Report under Article 5.1 is countersigned by the Customer;
P:(c) 25% (CNY 177,500) after Final Acceptance;
P:(d) 5% (CNY 35,500) after the end of the warranty period under Article 6, provided that no reported defect remains open.
P:4.2 Countersigning the Installation Report confirms only that the software has been installed; it is not acceptance of the Licensed Software or the Custom Deliverables.
H:Article 5 Installation and Acceptance
P:5.1 When installation is complete the Vendor shall deliver an Installation Report listing the installed versions, the licence activations and the scanner calibration results.
P:5.2 The acceptance tests in Schedule 2 shall be carried out jointly at the Customer's premises and shall show at least that: (a) a set of 40 reference jade pieces is scanned with a dimensional deviation of not more than 0.08 mm against the reference gauge measurements; (b) colour capture under the calibration profile reproduces the Customer's reference colour cards within a Delta E of 2.0; (c) the export plug-in produces carving paths that run on the Customer's three CNC engraving machines without manual editing for all reference pieces; and (d) the system runs for 20 working days of normal production without a Severity 1 defect.
P:5.3 If the tests are passed, the Customer shall issue a written Final Acceptance certificate within 10 working days. If any test fails, the Vendor shall correct the failure at its own cost and repeat the tests. Installation, productive use or payment of any instalment shall not be deemed to be acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation and Schedule 1 for 18 months after Final Acceptance. During this period the Vendor shall correct defects free of charge and supply all updates and new versions released for the Licensed Software.
P:6.2 Support requests are classified as follows: Severity 1, where scanning or export is impossible on all workstations; Severity 2, where a function is unavailable but a work-around exists; Severity 3, any other question or defect. For Severity 1 the Vendor shall respond within 2 hours, counted during the Customer's working hours in Beijing time, and shall provide a fix or work-around within two working days. For Severity 2 the Vendor shall respond within one working day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 500 against the next payment or refund it.
H:Article 7 Support After the Warranty
P:7.1 After the warranty period the Customer may order annual support, which includes the same services and response times as Article 6. The annual support fee is 11% of the Licence subtotal, that is CNY 57,750 per year.
P:7.2 This fee is fixed for the first three years after the warranty period. Any later change requires the written agreement of both parties and shall not exceed 3% per year.
P:7.3 Support is ordered by a separate purchase order for each year; it does not renew automatically and the Customer may decline it without losing its licence.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables, including copyright in their source code, vest in the Customer on creation. The Vendor shall deliver the full source code with Final Acceptance. The Customer may use, modify, copy and license the Custom Deliverables and may have them maintained by third parties.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Licensed Software runs on the Customer's own workstations and stores data locally. The Vendor shall access the Customer's systems remotely only after written approval for each session, through the remote-access tool chosen by the Customer, with the session recorded. The Vendor shall keep its access credentials secure and shall not transfer Customer Data outside the Customer's systems.
P:9.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data connected with its services, shall help to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party received in connection with this Agreement, including the Customer's designs, stone inventory and prices, and shall use it only for this Agreement. This obligation survives termination for three years, and for trade secrets for as long as they remain secret.
H:Article 11 Delay
P:11.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 2.3, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligations.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, breach of Articles 9 or 10, or the indemnity in Article 8.3.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
H:Article 14 Term and Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
P:14.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid and the Customer shall uninstall the Licensed Software. The licences granted after Final Acceptance survive any termination.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of the arbitration is Milan, Italy, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Custom Deliverables specification) and Schedule 2 (Acceptance tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The English text prevails; a Chinese translation is provided for reference.
P:16.2 Notices shall be given in writing to the addresses above, with a copy by e-mail.
P:For the Customer: Hotan Yurongkash Jade Carving Workshop Co., Ltd.  Name: ______________  Title: ______________  Date: ______________
P:For the Vendor: Scansione Forma S.r.l.  Name: ______________  Title: ______________  Date: ______________
"""

H260E02 = """T:ORDER FORM No. FV-2026-CN-0147 — Fluxo Visitor Management Cloud
P:This Order Form is entered into under, and incorporates, the Fluxo General Terms of Service set out in Part 2 below (the "General Terms"). Capitalised terms not defined in this Order Form have the meaning given in the General Terms.
H:PART 1 — ORDER FORM
H:1. Parties
P:Customer: Wuzhen Water Town Tourism Operations Co., Ltd., Tongxiang, Zhejiang Province, People's Republic of China ("Customer").
P:Vendor: Fluxo Visitante, Lda., a Portuguese private limited company with its registered seat at Rua do Farol 3, Ilhéu Grande, Portugal ("Fluxo").
H:2. Background
P:Customer operates the East and West scenic areas of the Wuzhen water town and sells timed entry tickets, boat rides and guided tours online and at eleven gates. Customer wishes to use the Fluxo cloud platform for ticket validation, visitor-flow monitoring and crowd-density alerts, integrated with its existing turnstiles and its online ticketing system. At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).
H:3. Subscribed Services
P:(a) Fluxo Gate and Flow module: ticket validation at all gates, real-time visitor counts per scenic area, capacity alerts, daily and seasonal dashboards.
P:(b) Fluxo Density Analytics module: camera-based crowd-density estimates for 26 bridges, lanes and piers, with alert thresholds set by Customer.
P:(c) One-time services: onboarding (configuration, data migration of the season-pass database, staff training) and integration with Customer's 64 turnstiles and its online ticketing system.
H:4. Subscription Term
P:The Subscription Term starts on the Go-Live Date and runs for 36 months (the "Initial Term"). Renewal is governed by Section 3 of the General Terms.
H:5. Fees
P:Subscription fees, monthly: Gate and Flow module CNY 21,500; Density Analytics module CNY 6,800; total CNY 28,300 per month, or CNY 1,018,800 for the Initial Term.
P:One-time fees: onboarding CNY 74,000; turnstile and ticketing integration CNY 52,000; total CNY 126,000.
P:Total fees for the Initial Term: CNY 1,144,800 (the "Total Contract Value"). All fees include VAT.
H:6. Invoicing and Payment
P:Subscription fees are invoiced monthly in arrears and are payable within 30 days of invoice. The one-time fees are invoiced after Go-Live Acceptance under paragraph 7 and are payable within 30 days of invoice. No fee is payable before the Go-Live Date.
H:7. Implementation and Go-Live Acceptance
P:(a) Fluxo shall complete onboarding and integration and propose a Go-Live Date no later than 75 days after signature of this Order Form.
P:(b) Before go-live the parties shall run the acceptance tests in Annex A over a period of at least seven consecutive days that include one weekend, which must show that: all 64 turnstiles validate QR-code and identity-card tickets in less than 1.5 seconds; gate counts reconcile with the ticketing system's sales records with a difference of not more than 0.3%; density alerts trigger at each of the 26 monitored points when the test threshold is crossed; and daily reports are delivered by 07:00.
P:(c) Customer shall sign a Go-Live Acceptance certificate within five business days after successful tests. Use of the platform during the tests is not acceptance.
P:(d) If the Go-Live Date is later than the date in paragraph 7(a) for reasons attributable to Fluxo, Fluxo shall pay Customer CNY 900 for each day of delay.
H:8. Hosting
P:The platform is hosted for Customer in the mainland China region of the cloud provider named in Annex B, which Customer approves by signing this Order Form.
P:Signed for Customer: ____________________  Date: __________
P:Signed for Fluxo Visitante, Lda.: ____________________  Date: __________
H:PART 2 — FLUXO GENERAL TERMS OF SERVICE (edition 2025-09)
H:1. Services
P:1.1 Fluxo shall provide the Subscribed Services described in the Order Form in accordance with these General Terms and the Service Level Schedule in Section 5.
P:1.2 Fluxo may improve the platform from time to time, provided that no change materially reduces the functionality of the Subscribed Services.
H:2. Customer Obligations
P:2.1 Customer is responsible for its turnstiles, cameras, local network and the accuracy of the data it enters, and shall use the platform in accordance with the documentation and applicable law.
P:2.2 Customer shall provide the site access, contacts and test tickets reasonably required for onboarding.
H:3. Term and Renewal
P:3.1 After the Initial Term the subscription renews automatically for successive renewal periods of one year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.
P:3.2 Fluxo may increase the subscription fees for any renewal period by up to 8% by notice given at least 90 days before the renewal period begins. The increased fees apply from the first day of the renewal period unless Customer gives notice of non-renewal.
H:4. Fees and Taxes
P:4.1 Fees are payable as stated in the Order Form. Late payments bear interest at 0.02% per day.
P:4.2 Each party bears its own taxes as required by law; invoices are issued as Chinese VAT invoices by Fluxo's agent in Hangzhou.
H:5. Service Levels
P:5.1 Availability. The platform shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five business days ahead and carried out between 01:00 and 05:00 Beijing time.
P:5.2 Incident response. Priority 1 (ticket validation unavailable at one or more gates, or the platform unavailable): response within 30 minutes, at any time, and restoration or work-around within 2 hours. Priority 2 (a module degraded): response within 2 hours during 08:00–22:00 and resolution within one business day. Priority 3: response within one business day.
P:5.3 Service credits. If availability in a month is below the level in 5.1, Customer receives a credit of 5% of that month's subscription fees for availability from 99.5% up to 99.95%, 10% for availability from 99.0% up to 99.5%, and 20% below 99.0%. For each Priority 1 incident not responded to in time, Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice or, at the end of the term, refunded.
H:6. Customer Data
P:6.1 All data that Customer or its visitors enter into, or that is generated for Customer by, the platform ("Customer Data") belongs to Customer. Fluxo shall use Customer Data only to provide the Subscribed Services to Customer and shall not use it for any other purpose, including analytics for other customers, product training or benchmarking.
P:6.2 Customer Data is stored and processed only in the mainland China region named in Annex B. Fluxo shall maintain an information-security programme certified to ISO/IEC 27001, keep the hosted environment at MLPS level 3, encrypt Customer Data in transit and at rest, and restrict access to named personnel with multi-factor authentication. Visitor personal information is processed in accordance with the Personal Information Protection Law as Customer's entrusted processor.
P:6.3 Fluxo shall notify Customer within 24 hours of any security incident affecting Customer Data, take immediate steps to contain it, and bear the costs and losses resulting from incidents caused by its breach of this Section.
P:6.4 Within 30 days after termination Fluxo shall return Customer Data in CSV format and then delete it, and shall confirm the deletion in writing.
H:7. Intellectual Property
P:7.1 Fluxo retains all rights in the platform and its documentation.
P:7.2 Configurations, dashboards, alert rules, integration scripts and reports created specifically for Customer ("Customer Configurations") belong to Customer, which may use, modify and license them freely, including to a successor provider.
H:8. Confidentiality
P:8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form, and disclose it only to personnel and advisers who need to know it and are bound by similar duties. This Section survives termination for three years.
H:9. Subcontracting
P:9.1 Except for the hosting provider approved in the Order Form, Fluxo shall not subcontract any part of the Subscribed Services without Customer's prior written consent. Fluxo remains responsible for the acts of its subcontractors.
H:10. Limitation of Liability
P:10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.
P:10.2 Each party's total aggregate liability arising out of or in connection with the Order Form and these General Terms is limited to the fees paid and payable by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations, to breach of Section 6 or Section 8, or to fraud.
H:11. Termination
P:11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days of receiving notice of the breach.
P:11.2 Customer may also terminate by written notice if availability falls below 99.0% in any two consecutive months.
P:11.3 On termination Customer shall pay the fees for services provided up to the termination date; prepaid amounts, if any, for later periods are refunded.
H:12. Governing Law and Disputes
P:12.1 These General Terms and the Order Form are governed by the laws of Portugal.
P:12.2 Any dispute shall be settled by arbitration administered by the Commercial Arbitration Centre of the Portuguese Chamber of Commerce and Industry in accordance with its rules. The seat of arbitration is Lisbon and the language is English.
H:13. General
P:13.1 The Order Form prevails over these General Terms if they conflict. Neither party may assign the Order Form without the other's written consent. Notices shall be in writing to the addresses in the Order Form.
"""

H260E03 = """T:Supply and Installation Contract for Grain-Dryer Monitoring Sensors
P:Contract No. XH-COOP-2026-008 (Buyer's standard form of purchase contract)
P:BETWEEN Shanghai Chongming Xianghe Rice Farmers' Professional Cooperative, Chongming District, Shanghai, People's Republic of China (the "Buyer"); AND Carna Grain Systems Ltd., a company registered in Scotland with its registered office at Carna House, Isle of Carna, Loch Sunart, Argyll, United Kingdom (the "Supplier").
P:WHEREAS the Buyer dries about 18,000 tonnes of paddy rice each autumn in eight batch dryers at its drying centre in Xianghe Town, and wishes to monitor grain moisture and temperature continuously so as to avoid over-drying, cracked kernels and spoilage; AND WHEREAS the Supplier, having examined the drying centre, has offered to supply, install and calibrate a complete monitoring system; NOW IT IS AGREED as follows. At the Buyer's request all amounts in this Contract are expressed and paid in Chinese Yuan (CNY).
H:Clause 1 Interpretation
P:1.1 "Equipment" means the sensors, cables, controllers and gateways listed in Clause 3. "Software" means the Supplier's DryWatch monitoring software, licensed under Clause 9. "System" means the Equipment and the Software installed and working together at the drying centre.
P:1.2 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Clause 6.4.
P:1.3 Headings are for convenience only. References to days are to calendar days unless stated otherwise.
H:Clause 2 Scope of Supply
P:2.1 The Supplier shall design, supply, deliver to the drying centre, install, connect, calibrate and commission the System, train the Buyer's operators and provide the warranty and support services described in this Contract.
P:2.2 The System shall measure grain moisture at the inlet and outlet of each dryer, grain temperature at six levels of each dryer column, and the hot-air temperature, and shall display readings, trends and alarms on the Buyer's control-room computer and on operators' mobile phones.
P:2.3 The Supplier shall deliver the Equipment by 15 July 2026 and complete installation and commissioning by 20 August 2026, before the harvest season.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 494,000, inclusive of VAT, packing, freight, insurance, import duties, installation and all other costs of the Supplier, and is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Capacitive grain-moisture sensors|48|3,850|184,800
TB:Multi-point temperature cables|48|1,260|60,480
TB:Dryer monitoring controllers|8|14,600|116,800
TB:Wireless gateways|2|9,800|19,600
TB:DryWatch software, perpetual site licence|1|58,000|58,000
TB:Equipment and Software subtotal|—|—|439,680
TB:Installation, wiring and calibration|1 lot|46,320|46,320
TB:Operator training|1 lot|8,000|8,000
TB:Contract Price|—|—|494,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate or any other adjustment.
H:Clause 4 Payment
P:4.1 The Buyer shall pay:
P:(a) 20% of the Contract Price (CNY 98,800) as an advance payment within 15 days after the Supplier provides an advance-payment guarantee for the same amount from a bank acceptable to the Buyer;
P:(b) 45% (CNY 222,300) after all Equipment has been delivered and installed, as confirmed by a delivery and installation record signed by both parties;
P:(c) 35% (CNY 172,900) after Final Acceptance.
P:4.2 The delivery and installation record confirms quantities and physical installation only. It is not acceptance of the System.
P:4.3 Each payment is made within 20 days after the Buyer receives the Supplier's correct VAT invoice.
H:Clause 5 Delivery, Installation and Site Rules
P:5.1 The Supplier shall give the Buyer 7 days' notice of each delivery. Risk passes to the Buyer on delivery; title passes on payment under Clause 4.1(b).
P:5.2 Installation shall be planned so that no dryer is out of service for more than two days. The Supplier shall submit an installation plan and method statement for the Buyer's approval at least 10 days before work starts, and shall remove its waste and packaging from the site.
P:5.3 The Supplier's personnel shall follow the Buyer's safety rules at the drying centre, including rules on work at height, hot-air ducts and grain pits. The Buyer shall provide power and network connection points at agreed locations.
H:Clause 6 Testing and Acceptance
P:6.1 After commissioning, the Supplier shall carry out site tests in the presence of the Buyer to show that every sensor reports to the control room and to mobile phones and that alarms work.
P:6.2 The System shall then be operated during the first 14 drying days of the harvest season (the "Trial Run").
P:6.3 The acceptance criteria are: (a) moisture readings agree with the Buyer's laboratory oven tests within ±0.5 percentage points on at least 50 paired samples; (b) temperature readings agree with a calibrated reference thermometer within ±1 °C; (c) no dryer has a data gap longer than ten minutes during the Trial Run; and (d) no Severity 1 fault occurs in the last seven days of the Trial Run.
P:6.4 If the criteria are met, the Buyer shall sign an acceptance certificate within 7 days. If not, the Supplier shall remedy the defects at its own cost and the Trial Run, or the relevant part, shall be repeated. Use of the System during the Trial Run does not constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and travel, and shall correct defects in the Software and provide its updates.
P:7.2 Severity 1 faults are faults that stop monitoring of one or more dryers during the drying season. The Supplier, through its service partner in Shanghai, shall respond to a Severity 1 fault within 1 hour by telephone and remote diagnosis and shall have a technician on site within 8 hours. Other faults shall be answered within one working day.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response or on-site time, the Supplier shall pay or credit the Buyer CNY 300.
H:Clause 8 Support After the Warranty
P:8.1 After the warranty the Buyer may buy annual support including calibration visits before each harvest, spare parts, repairs and Software updates. The annual fee is 8% of the Equipment and Software subtotal, that is CNY 35,174.40, fixed for three years after the warranty ends.
P:8.2 Support is ordered year by year in writing and does not renew automatically.
H:Clause 9 Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the drying centre.
P:9.2 The dryer-specific calibration tables, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and share them freely, including with other service providers.
H:Clause 10 Data
P:10.1 All readings, records and reports produced by the System, and the Buyer's business and member information, belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The Software runs on the Buyer's computer. The Supplier shall access it remotely only with the Buyer's permission for each session, using credentials it keeps secure, and shall not copy data off the Buyer's systems.
P:10.3 The Supplier shall inform the Buyer within 24 hours of any data leak or unauthorised access connected with its work and shall be liable for the Buyer's resulting losses.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information obtained under this Contract and shall not disclose it to third parties without written consent. This obligation continues for three years after the Contract ends.
H:Clause 12 Delay and Liability
P:12.1 If the Supplier fails to complete installation and commissioning by the date in Clause 2.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 10 and 11.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Supplier may use its Shanghai service partner named in Annex 2. It shall not otherwise subcontract any part of the work without the Buyer's prior written consent. Neither party may assign this Contract without the other's written consent.
H:Clause 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the System is not ready for the Trial Run by 10 September 2026.
H:Clause 15 Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.
H:Clause 16 Training and Documentation
P:16.1 Before the Trial Run the Supplier shall train at least twelve of the Buyer's dryer operators and two maintenance staff at the drying centre, in Chinese, covering daily checks, reading trends, responding to alarms, cleaning sensors and replacing a temperature cable. The Supplier shall supply operating and maintenance manuals in Chinese, wiring diagrams, sensor calibration certificates and a list of recommended spare parts.
H:Clause 17 Force Majeure
P:17.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods or government measures, provided that it notifies the other party promptly and does what it reasonably can to limit the effect. Late shipment by the Supplier's own suppliers is not force majeure.
H:Clause 18 Miscellaneous
P:18.1 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1 (technical specification) and Annex 2 (service partner) form part of it.
P:Signed for the Buyer: ____________________ (seal)  Date: __________
P:Signed for the Supplier: ____________________  Date: __________
"""

H260E04 = """T:Managed Network Services Agreement
P:Reference: RM-WH-2026-02
P:This Managed Network Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Weihai Haiyuan Sea Cucumber Food Co., Ltd., Weihai, Shandong Province, People's Republic of China ("Customer"); and
P:(2) Réseaux Moutons SAS, a French simplified joint-stock company with its head office at Le Sémaphore, Île aux Moutons, Finistère, France ("Provider"), acting in China through its appointed local service agent named in Schedule 3.
H:Background
P:Customer farms, processes and freezes sea cucumbers at six sites around Weihai. Its processing lines, cold-store temperature monitoring, hatchery water-quality sensors and office systems depend on a reliable network between the sites. Customer wishes to outsource the design, installation, operation and monitoring of this network to Provider, and Provider has agreed to provide these services on the terms below. All charges are stated and paid in Chinese Yuan (CNY) at Customer's request.
H:Section 1 Definitions
P:1.1 "Services" means the managed network services described in Section 2 and Schedule 1.
P:1.2 "Site" means each of the six Customer locations listed in Section 4.
P:1.3 "Service Commencement Date" means the date on which Network Acceptance is confirmed for all Sites under Section 3.
P:1.4 "Term" means 36 months from the Service Commencement Date.
P:1.5 "Managed Equipment" means the routers, firewalls, switches and wireless access points supplied and managed by Provider, which remain Provider's property.
H:Section 2 Services
P:2.1 Provider shall design the network, supply and install the Managed Equipment at each Site, connect the Sites through encrypted tunnels over Customer's internet lines, and operate, monitor and maintain the network around the clock from its network operations centre.
P:2.2 The Services include configuration changes requested by Customer (up to 20 standard changes per month), firmware updates, replacement of faulty Managed Equipment, monthly performance reports and a quarterly service review meeting.
P:2.3 The monthly performance report shall show, for each Site, the measured availability, the incidents raised with their response and restoration times, the changes made, the firmware versions installed and any recommendations for capacity upgrades before the autumn processing peak.
P:2.4 Customer shall provide power, rack space and internet lines at each Site and reasonable access for Provider's engineers.
H:Section 3 Installation and Network Acceptance
P:3.1 Provider shall complete installation at all Sites within 50 days after signature of this Agreement.
P:3.2 For each Site the parties shall carry out the acceptance tests set out in Schedule 2, which shall demonstrate: (a) connectivity between the Site and head office with packet loss below 0.5% and latency below 40 milliseconds over a 48-hour test; (b) automatic failover of the tunnel to the backup line within 60 seconds; (c) wireless coverage of all production and cold-store areas marked on the Site plan at a signal level of at least −67 dBm; and (d) correct forwarding of cold-store temperature alarms to Customer's duty phones.
P:3.3 When a Site passes, Customer shall sign a Site acceptance note within three business days; when all Sites have passed, Customer shall confirm Network Acceptance in writing. Installation or use of the network alone does not amount to acceptance.
P:3.4 If Network Acceptance is not achieved within the period in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.
H:Section 4 Charges
P:4.1 The charges are:
TB:Site|Services|Monthly charge (CNY)
TB:Processing plant, Shidao|Dual routers, firewall cluster, 14 switches, 38 access points|14,800
TB:Cold store, Shidao|Router, firewall, 4 switches, 16 access points|7,600
TB:Hatchery, Rushan|Router, firewall, 3 switches, 12 access points|6,900
TB:Sea farm base A, Rongcheng|Router, firewall, 2 switches, outdoor access points|5,200
TB:Sea farm base B, Rongcheng|Router, firewall, 2 switches, outdoor access points|5,200
TB:Head office, Weihai|Router, firewall, 5 switches, 20 access points|7,900
TB:Total monthly charge|—|47,600
P:4.2 Total monthly charges over the Term: 36 × CNY 47,600 = CNY 1,713,600. One-time installation charge: CNY 88,000. Total contract value: CNY 1,801,600.
P:4.3 Monthly charges are invoiced monthly in arrears from the Service Commencement Date. The installation charge is invoiced after Network Acceptance. Nothing is payable in advance. Invoices are payable within 30 days.
P:4.4 The charges are fixed for the Term.
H:Section 5 Service Levels
P:5.1 Provider targets availability of each Site's connection to head office of 99.95% per calendar month, excluding planned maintenance notified seven days in advance and failures of Customer's internet lines.
P:5.2 Incidents are classified as Priority 1 (a Site is disconnected or the cold-store alarm path is down), Priority 2 (degraded service at a Site) and Priority 3 (requests and minor faults). Provider shall respond to a Priority 1 incident within 30 minutes and aim to restore service within 6 hours, with an engineer on site where needed; Priority 2 incidents shall be responded to within 2 hours and Priority 3 within one business day.
P:5.3 The service levels in this Section are targets. Failure to meet them does not entitle Customer to service credits, fee reductions, damages or any other compensation; Provider's obligation is to use reasonable efforts to restore the Services and to explain the cause in the next monthly report.
H:Section 6 Customer Data
P:6.1 The configurations, traffic statistics, logs and temperature-alarm records relating to Customer's network ("Customer Data") belong to Customer. Provider shall use Customer Data only to provide the Services and shall hand it over to Customer on request and at the end of the Term.
H:Section 7 Intellectual Property
P:7.1 The network design, Site plans, configuration files and documentation prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider. Provider's monitoring tools remain Provider's property.
H:Section 8 Confidentiality
P:8.1 Each party shall treat as confidential all non-public information received from the other party under this Agreement, including Customer's production volumes, prices and network details, and shall not disclose it to third parties except to its employees and advisers who need it for this Agreement. This obligation continues for three years after the Agreement ends.
H:Section 9 Liability
P:9.1 Provider shall pay for loss of or damage to Customer's property caused by its personnel.
P:9.2 Each party's total liability under this Agreement is limited to 150% of the total contract value in Section 4.2. Neither party is liable for indirect loss or loss of profit. These limits do not apply to personal injury, fraud or wilful misconduct.
H:Section 10 Subcontracting
P:10.1 Provider shall not subcontract any part of the Services, other than to the local service agent named in Schedule 3, without Customer's prior written consent.
H:Section 11 Term and Termination
P:11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement.
P:11.2 Provider may suspend or terminate the Services by written notice if Customer fails to pay undisputed charges within 45 days after a reminder.
P:11.3 Given the investment in Managed Equipment, Customer may not terminate this Agreement before the end of the Term for any reason. If the Services are not performed in accordance with this Agreement, Customer's remedies are to require Provider to re-perform the Services and to claim damages within the limits of Section 9.
P:11.4 At the end of the Term Provider shall remove the Managed Equipment or, at Customer's option, sell it to Customer at its book value, and shall cooperate in the transfer of the Services to Customer or a new provider for up to 30 days.
H:Section 12 Personnel and Site Visits
P:12.1 Provider shall appoint a service manager who speaks Chinese as Customer's single point of contact, attends the quarterly service reviews and handles escalations. Provider's engineers visiting a Site shall follow Customer's food-safety and hygiene rules, including protective clothing in processing and cold-store areas, and shall sign in and out at the gate.
P:12.2 Visits to the sea farm bases depend on weather and tides. Time lost because a base cannot be reached safely is not counted against the restoration target in Section 5.2.
H:Section 13 Changes
P:13.1 Customer may request additional Sites, equipment or services. Provider shall quote for each request within ten business days, and no change takes effect until both parties have signed a change order setting out its price and timetable.
P:13.2 Standard configuration changes within the monthly allowance in Section 2.2 are made without charge within two business days of a request.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for a failure to perform caused by typhoon, storm surge, flood, fire, epidemic measures or other events beyond its reasonable control, provided that it promptly notifies the other party and takes reasonable steps to resume performance. Monthly charges for a Site are suspended while the Services cannot be provided at that Site because of such an event.
H:Section 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai in accordance with its rules.
H:Section 16 General
P:16.1 This Agreement, with Schedule 1 (service description), Schedule 2 (acceptance tests) and Schedule 3 (local service agent), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:Signed for Customer: ____________________  Name and title: ____________________  Date: __________
P:Signed for Provider: ____________________  Name and title: ____________________  Date: __________
"""

H260E05 = """T:API SUBSCRIPTION AGREEMENT — ABGLEICH PAYMENT RECONCILIATION API
P:Agreement number: AW-2026-CN-0058
P:Parties: Kashgar Silk Road Carpet Export Co., Ltd., Kashgar, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Customer"); and Abgleich Werl GmbH, a German limited liability company with its registered office at Fährweg 2, Insel Werl, Germany (the "Vendor").
P:Preamble: The Customer exports hand-knotted silk and wool carpets to buyers in Central Asia, the Middle East and Europe and receives payments through several banks and cross-border payment platforms. It wishes to match every incoming payment automatically against its export invoices and customs declarations. The Vendor offers a reconciliation service accessed through an application programming interface (API). At the Customer's request all fees are in Chinese Yuan (CNY).
H:§ 1 Subject Matter
P:1.1 The Vendor grants the Customer, for the Subscription Period, access to the Abgleich Payment Reconciliation API (the "Service") and to the web console for reviewing matches and exceptions.
P:1.2 The Service receives bank statements and payment-platform settlement files from the Customer, matches each payment against open export invoices using rules configured for the Customer, handles partial payments, bank charges and currency differences, and returns matched, partly matched and unmatched items to the Customer's accounting system.
P:1.3 The Vendor shall also perform a one-time onboarding: configuring matching rules for the Customer's invoice and customs-declaration formats, connecting the Customer's three banks and two payment platforms, and training the Customer's finance staff.
P:1.4 The console shows, for each day, the payments received per bank and platform, the matches proposed and confirmed, open invoices by buyer and ageing, and exchange-rate differences posted. Finance staff can confirm or reject proposed matches, add notes and export reports to spreadsheet files for the Customer's auditors and for the foreign-exchange declarations the Customer files with its banks.
H:§ 2 Subscription Period
P:2.1 The Subscription Period is two years from the Start Date. The Start Date is the day after the Customer confirms Onboarding Acceptance under § 5.
P:2.2 The Agreement ends at the end of the Subscription Period. It is not renewed automatically; the parties may agree on an extension in writing.
H:§ 3 Fees
P:3.1 The fees are:
TB:Item|Basis|Amount (CNY)
TB:Annual subscription fee, year 1|up to 60,000 transactions a year|168,000
TB:Annual subscription fee, year 2|up to 60,000 transactions a year|168,000
TB:Onboarding (one-time)|fixed price|26,000
TB:Total|—|362,000
P:3.2 The fees are fixed for the Subscription Period. Transactions above the annual volume are not charged during the Subscription Period.
H:§ 4 Invoicing and Payment
P:4.1 On signature of this Agreement the Vendor shall invoice the first annual subscription fee together with the onboarding fee, a total of CNY 194,000. The Customer shall pay this invoice within 14 days after receipt and in any case before the Vendor begins onboarding.
P:4.2 The second annual subscription fee of CNY 168,000 is invoiced on the first anniversary of the Start Date and payable within 14 days.
P:4.3 Payment is made by bank transfer to the Vendor's CNY account with its correspondent bank in Shanghai. Each party bears its own bank charges.
H:§ 5 Onboarding and Acceptance
P:5.1 The Vendor shall complete onboarding within 45 days after receiving the payment under § 4.1.
P:5.2 Onboarding Acceptance is based on a test with the Customer's bank and platform files for one full past month. The test is passed when: (a) at least 97% of payments are matched automatically to the correct invoice; (b) no payment is matched to a wrong invoice; (c) all unmatched items are shown in the console with the reason; and (d) results are posted to the Customer's accounting system through the API without manual file handling.
P:5.3 The Customer shall confirm Onboarding Acceptance in writing within five business days after a successful test or list the failures. The Vendor shall correct the failures and repeat the test. Using the Service for live data before confirmation does not constitute acceptance.
P:5.4 If onboarding is not completed within the period in § 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 250 for each day of delay.
H:§ 6 Operation and Support
P:6.1 The Vendor operates the Service and will use commercially reasonable efforts to keep the API available and to deal with support requests promptly.
P:6.2 Support requests are submitted by e-mail or through the console and are handled during the Vendor's business hours (Monday to Friday, 09:00 to 17:00 Central European Time). The Vendor does not commit to specific availability levels, response times or resolution times.
P:6.3 The Vendor may carry out maintenance at any time and will try to announce longer maintenance windows in the console.
H:§ 7 Customer Data and Data Protection
P:7.1 All files, payment records, invoice data and results processed by the Service for the Customer ("Customer Data") belong to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the Service, and shall not use it for any other purpose.
P:7.2 For the Customer the Service runs in a dedicated instance hosted in a data centre in mainland China operated by the hosting provider named in Annex 1; Customer Data is not transferred out of mainland China. The Vendor maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, limits access to named staff with multi-factor authentication and logs all access.
P:7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any breach of security affecting Customer Data, shall take all reasonable steps to contain it, and shall be liable for the Customer's losses caused by a breach of this § 7.
P:7.4 Within 30 days after the end of the Agreement, the Vendor shall return Customer Data in a standard format and then delete it from the Service, confirming deletion in writing.
H:§ 8 Rights in Configurations
P:8.1 The Vendor retains all rights in the Service, the API and the console.
P:8.2 The matching rules, mapping tables and scripts configured for the Customer belong to the Customer, which may use and modify them and give them to another provider.
H:§ 9 Confidentiality
P:9.1 Each party shall keep confidential all information of the other party marked or recognisable as confidential, including the Customer's buyers, prices and payment flows, and shall use it only for this Agreement. This duty survives the end of the Agreement for three years.
H:§ 10 Liability
P:10.1 The Vendor is liable for damage caused intentionally or by gross negligence without limit.
P:10.2 In all other cases each party's total liability under this Agreement is limited to twice the total fees under § 3.1. Neither party is liable for lost profit or indirect damage except in the cases in § 10.1 or for a breach of § 7.
H:§ 11 Subcontractors
P:11.1 The hosting provider named in Annex 1 is approved. The Vendor may engage any other subcontractor for the Service only with the Customer's prior written consent.
H:§ 12 Termination
P:12.1 Either party may terminate this Agreement for good cause by written notice, in particular if the other party commits a material breach and does not cure it within 30 days after written notice.
P:12.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the unused part of the subscription fee already paid, calculated day by day.
H:§ 13 Customer Obligations
P:13.1 The Customer shall keep its API keys and console passwords secret, restrict them to authorised staff and tell the Vendor at once if it suspects that a key has been misused. The Customer is responsible for the correctness and completeness of the files it sends and for the decisions it takes on the basis of the matching results.
P:13.2 The Customer shall send files in the formats agreed during onboarding. If a bank or payment platform changes its file format, the Customer shall inform the Vendor as soon as it learns of the change, and the Vendor shall adapt the configuration within a reasonable time without extra charge during the Subscription Period.
H:§ 14 Changes to the Service
P:14.1 The Vendor may develop the Service further. It shall give the Customer at least 60 days' notice of any change to the API that requires changes on the Customer's side and shall keep the previous API version running during that period. Changes shall not reduce the functions described in § 1.2.
H:§ 15 Force Majeure
P:15.1 Neither party is responsible for failure to perform caused by events outside its control, such as natural disasters, war, sanctions, government measures or general failures of public networks, provided that it informs the other party without delay and makes reasonable efforts to limit the consequences. If such an event prevents performance for more than 60 days, either party may terminate the Agreement by written notice, and the Vendor shall refund the unused part of fees already paid.
H:§ 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:§ 17 Final Provisions
P:17.1 Amendments must be in writing. If a provision is invalid, the rest of the Agreement remains valid. Annex 1 (hosting provider and technical description) forms part of this Agreement.
P:Kashgar, date __________  For the Customer: ____________________
P:Insel Werl, date __________  For the Vendor: ____________________
"""

# ---------------------------------------------------------------- plans (decided before the text was written)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


def extra(sla, ld_stated, capped, deemed, value, goods):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if goods:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
PLANS = {
 "h260z01": dict(file="h260z01_water_group_smart_meter_data_platform.docx", fmt="docx", lang="zh", src=H260Z01,
   category="software", forum_outside=False,
   terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G),
   extra=extra(True, True, True, False, 2328000, True), tco=(1622000, 9, 36),
   items=[1280000, 342000, 416000, 138000, 124000, 28000], pays=[465600, 1164000, 582000, 116400],
   figs=["¥2,328,000", "99.95%", "30分钟内响应", "万分之八", "20%作为预付款", "三十六个月", "9%", "¥145,980", "1,622,000"],
   rules=[]),
 "h260z02": dict(file="h260z02_aluminium_smelter_cell_monitoring_maintenance.pdf", fmt="pdf", lang="zh", src=H260Z02,
   category="hardware", forum_outside=False,
   terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 26, False, True, False, "PRC", G),
   extra=extra(True, True, True, False, 2910000, True), tco=(2700000, 26, 18),
   items=[1632000, 468000, 232000, 368000, 186000, 24000], pays=[291000, 1455000, 1018500, 145500],
   figs=["¥2,910,000", "1小时内响应", "千分之一", "150%", "10%作为预付款", "十八个月", "26%", "¥702,000", "2,700,000"],
   rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
 "h260z03": dict(file="h260z03_optical_chain_optometry_pos_saas.md", fmt="md", lang="zh", src=H260Z03,
   category="cloud", forum_outside=False,
   terms=terms(99.5, 0.5, True, "buyer", True, True, True, 1000 / 1388000 * 100, 150, None, True, None, None, None,
               False, True, True, "PRC", S),
   extra=extra(True, True, None, False, 1388000, False), tco=None,
   items=[972000, 144000, 186000, 64000, 22000], pays=[93000] * 12 + [272000],
   figs=["1,388,000", "99.5%", "30分钟内响应", "违约金1,000元", "150%", "五个工作日书面告知", "93,000元"],
   rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "h260z04": dict(file="h260z04_county_media_centre_broadcast_om_service.txt", fmt="txt", lang="zh", src=H260Z04,
   category="services", forum_outside=False,
   terms=terms(None, 0.25, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None,
               False, True, False, "PRC", S),
   extra=extra(True, True, None, False, 569000, False), tco=None,
   items=[324000, 74000, 86000, 58000, 27000], pays=[142250] * 4,
   figs=["¥569,000", "15分钟内响应", "合同总价的万分之二", "142,250元", "不得将本合同服务分包"],
   rules=["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
 "h260z05": dict(file="h260z05_rice_noodle_erp_supplier_template.md", fmt="md", lang="zh", src=H260Z05,
   category="software", forum_outside=False,
   terms=terms(None, 8, False, "supplier", True, False, True, 0.01, 20, 60, False, False, 6, None,
               False, True, None, None, G),
   extra=extra(True, True, False, True, 830000, True), tco=None,
   items=[386000, 298000, 96000, 32000, 18000], pays=[498000, 290500, 41500],
   figs=["¥830,000", "8小时内响应", "万分之一", "20%", "60%", "六个月", "当年公布的维护服务价格标准", "即视为甲方验收合格",
         "知识产权归乙方所有", "脱敏处理后用于产品改进"],
   rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h260e01": dict(file="h260e01_jade_workshop_3d_scanning_licences.docx", fmt="docx", lang="en", src=H260E01,
   category="software", forum_outside=True,
   terms=terms(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Italy", G),
   extra=extra(True, True, True, False, 710000, True), tco=(525000, 11, 18),
   items=[408000, 117000, 146000, 39000], pays=[142000, 355000, 177500, 35500],
   figs=["CNY 710,000", "within 2 hours", "0.1% of the Contract Price for each day", "150%", "20% (CNY 142,000)",
         "18 months", "11% of the Licence subtotal", "CNY 57,750", "laws of Italy", "Milan"],
   rules=["CR-GOVERNING-LAW"]),
 "h260e02": dict(file="h260e02_water_town_visitor_saas_order_form.txt", fmt="txt", lang="en", src=H260E02,
   category="cloud", forum_outside=True,
   terms=terms(99.95, 0.5, True, "buyer", True, True, True, 900 / 1144800 * 100, round(6 / 36 * 100, 4), None, True,
               None, None, None, True, True, False, "Portugal", S),
   extra=extra(True, True, None, False, 1144800, False), tco=None,
   items=[28300 * 36, 74000, 52000], pays=[28300] * 36 + [126000],
   figs=["CNY 1,144,800", "99.95%", "within 30 minutes", "CNY 900 for each day", "six months preceding",
         "36 months", "up to 8%", "laws of Portugal", "Lisbon"],
   rules=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
 "h260e03": dict(file="h260e03_rice_coop_grain_dryer_sensors.pdf", fmt="pdf", lang="en", src=H260E03,
   category="hardware", forum_outside=False,
   terms=terms(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 8, False, True, False, "PRC", G),
   extra=extra(True, True, True, False, 494000, True), tco=(439680, 8, 24),
   items=[184800, 60480, 116800, 19600, 58000, 46320, 8000], pays=[98800, 222300, 172900],
   figs=["CNY 494,000", "within 1 hour", "0.08% of the Contract Price", "200%", "20% of the Contract Price",
         "24 months", "8% of the Equipment and Software subtotal", "CNY 35,174.40", "439,680"],
   rules=[]),
 "h260e04": dict(file="h260e04_sea_cucumber_managed_network_service.md", fmt="md", lang="en", src=H260E04,
   category="services", forum_outside=False,
   terms=terms(99.95, 0.5, False, "buyer", False, True, True, 1200 / 1801600 * 100, 150, None, True, None, None, None,
               False, False, False, "PRC", S),
   extra=extra(True, True, None, False, 1801600, False), tco=None,
   items=[47600 * 36, 88000], pays=[47600] * 36 + [88000],
   figs=["CNY 1,801,600", "99.95%", "within 30 minutes", "CNY 1,200 for each day", "150%",
         "does not entitle Customer to service credits", "may not terminate this Agreement"],
   rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "h260e05": dict(file="h260e05_carpet_exporter_reconciliation_api_subscription.txt", fmt="txt", lang="en", src=H260E05,
   category="cloud", forum_outside=False,
   terms=terms(None, None, False, "buyer", True, True, True, 250 / 362000 * 100, 200, 194000 / 362000 * 100, True,
               None, None, None, False, True, False, "PRC", S),
   extra=extra(False, True, None, False, 362000, False), tco=None,
   items=[168000, 168000, 26000], pays=[194000, 168000],
   figs=["362,000", "CNY 194,000", "CNY 250 for each day", "twice the total fees", "commercially reasonable efforts",
         "does not commit to specific availability levels, response times or resolution times"],
   rules=["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


# ---------------------------------------------------------------- policy §3 / §4 re-applied to the labels
def tco_share(value, base, fee_pct, warranty_months, horizon=5):
    years_after = max(0.0, horizon - warranty_months / 12)
    fees = base * fee_pct / 100 * years_after
    return value + fees, fees / (value + fees) * 100


def apply_rules(p):
    t, e = p["terms"], p["extra"]
    goods = t["contract_kind"] == G
    r = []
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or e["acceptance_deemed_on_delivery"]:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or p["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    if goods and p["tco"] and e["post_warranty_fee_capped"]:
        base, pct, wm = p["tco"]
        assert pct == t["post_warranty_fee_pct"] and wm == t["warranty_months"]
        if tco_share(e["contract_value"], base, pct, wm)[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
           "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
    levels = {sev.get(x, "medium") for x in rules}
    return "high" if "high" in levels else "medium" if "medium" in levels else "low"


# ---------------------------------------------------------------- no value on a threshold
NUM = r"(?<![\d.,])"
CN = "(?<![一二三四五六七八九十百千万零两点])"
THRESHOLDS = [
    ("availability 99.9", NUM + r"99\.9(?!\d)\s*(%|％|per\s*cent|percent)|百分之九十九点九(?![0-9一二三四五六七八九])"),
    ("P1 response 4 h", NUM + r"4\s*(小时|个小时|h\b|hours?\b|-hour)|" + CN + r"四个?小时|\bfour[\s-]hours?\b"),
    ("LD 0.05 %/day", NUM + r"0\.05(?!\d)\s*(%|％|per\s*cent|percent)|万分之五(?![0-9一二三四五六七八九十])|千分之零点五"),
    ("cap 100 %", NUM + r"100(?!\d)\s*(%|％|per\s*cent|percent)|百分之百|one hundred per\s*cent"),
    ("prepayment 30 %", NUM + r"30(?!\d)\s*(%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九点])|\bthirty per\s*cent"),
    ("warranty 12 months", NUM + r"12\s*(个月|months?\b|-month)|" + CN + r"十二个月|\btwelve[\s-]months?\b|质保期?为?一年|one-year warranty|warranty of one year"),
    ("post-warranty fee 15 %", NUM + r"15(?!\d)\s*(%|％|per\s*cent|percent)|百分之十五(?![一二三四五六七八九点])|\bfifteen per\s*cent"),
    ("TCO share 40 %", NUM + r"40(?!\d)\s*(%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九点])|\bforty per\s*cent"),
    ("TCO horizon 5 years", NUM + r"5\s*(年|years?\b|-year)|" + CN + r"五年|\bfive[\s-]years?\b"),
]
THRESHOLD_RES = [(n, re.compile(rx, re.I)) for n, rx in THRESHOLDS]


def threshold_hits(text):
    return [(n, m.group(0)) for n, rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    bad = ["可用率99.9%", "99.9 %", "4小时内响应", "within 4 hours", "四小时", "four-hour", "万分之五", "0.05% per day",
           "100%", "100 per cent", "30%", "thirty per cent", "百分之三十", "12个月", "十二个月", "12 months",
           "twelve months", "15%", "百分之十五", "40%", "forty per cent", "5年", "五年", "five years", "5 years"]
    good = ["99.95%", "24小时", "24 hours", "二十四小时", "14小时", "万分之五十", "0.055%", "150%", "200%", "130%",
            "百分之三十五", "112个月", "二十四个月", "115%", "0.15%", "2025年", "二十五年", "140%", "35%", "0.08%"]
    for s in bad:
        assert threshold_hits(s), ("regex misses", s)
    for s in good:
        assert not threshold_hits(s), ("regex over-matches", s, threshold_hits(s))


# ---------------------------------------------------------------- build, read back, check, label
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def label(key, p):
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": p["terms"],
            "expected_extra": p["extra"], "expected_rules": p["rules"]}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: (p["file"], p["fmt"]) for k, p in PLANS.items() if p["fmt"] in ("docx", "pdf")}
    for k, p in PLANS.items():
        src = p["src"]
        assert sum(p["items"]) == p["extra"]["contract_value"], (k, sum(p["items"]))
        assert round(sum(p["pays"]), 2) == p["extra"]["contract_value"], (k, sum(p["pays"]))
        for f in p["figs"]:
            assert f in src, (k, "figure not in text", f)
        assert apply_rules(p) == sorted(p["rules"]), (k, apply_rules(p), p["rules"])
        assert p["rules"] == sorted(p["rules"])
        if p["fmt"] == "md":
            (OUT / p["file"]).write_text(to_md(src), encoding="utf-8")
            print("wrote", p["file"])
        elif p["fmt"] == "txt":
            (OUT / p["file"]).write_text(to_txt(src), encoding="utf-8")
            print("wrote", p["file"])
    write({k: PLANS[k]["src"] for k in built}, built, OUT, wrap_words=True)
    for k, p in PLANS.items():
        (OUT / (Path(p["file"]).stem + ".json")).write_text(json.dumps(label(k, p), ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
    problems = []
    for k, p in PLANS.items():
        text = read_back(OUT / p["file"])
        hits = threshold_hits(text)
        if hits:
            problems.append((p["file"], hits))
        nows = len("".join(text.split()))
        if p["lang"] == "zh":
            ok = 2800 <= nows and len(text) <= 3300
            print("%-62s zh chars %d (non-space %d)%s" % (p["file"], len(text), nows, "" if ok else "  OUT OF RANGE"))
        else:
            n = words(text)
            ok = 1500 <= n <= 1700
            print("%-62s en words %d%s" % (p["file"], n, "" if ok else "  OUT OF RANGE"))
        if not ok:
            problems.append((p["file"], "length"))
        if p["tco"]:
            base, pct, wm = p["tco"]
            tco, share = tco_share(p["extra"]["contract_value"], base, pct, wm)
            print("    TCO %.2f, post-warranty share %.2f %%" % (tco, share))
        print("    rules %s -> risk %s" % (p["rules"] or "(none)", risk(p["rules"])))
    assert not problems, problems
    print("all checks passed")
